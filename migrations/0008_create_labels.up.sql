CREATE TABLE labels (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  color TEXT NOT NULL DEFAULT '#888888'
);

CREATE TABLE task_labels (
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, label_id)
) WITHOUT ROWID;

CREATE INDEX task_labels_label_id ON task_labels (label_id);

INSERT INTO labels (name, color) VALUES ('bug', '#d73a4a'), ('feature', '#a2eeef'), ('chore', '#cccccc');

-- Backfill: tasks whose title says "bug" get the bug label.
INSERT INTO task_labels (task_id, label_id)
SELECT t.id, l.id FROM tasks AS t JOIN labels AS l ON l.name = 'bug'
WHERE t.title LIKE '%bug%';
