-- Rebuild back to the 0007 definition, recreating what depended on the table.
DROP VIEW task_overview;

CREATE TABLE comments_old (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  author_id INTEGER NOT NULL REFERENCES users (id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Comments whose author was deleted cannot satisfy the old NOT NULL author_id: they are not kept.
INSERT INTO comments_old (id, task_id, author_id, body, created_at)
SELECT id, task_id, author_id, body, created_at FROM comments WHERE author_id IS NOT NULL;

DROP TABLE comments;
ALTER TABLE comments_old RENAME TO comments;

CREATE INDEX comments_task_id ON comments (task_id, created_at);

CREATE TRIGGER comments_touch_task
AFTER INSERT ON comments
FOR EACH ROW
BEGIN
  UPDATE tasks SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.task_id;
END;

CREATE VIEW task_overview AS
SELECT
  t.id,
  t.title,
  t.status,
  (SELECT count(*) FROM comments AS c WHERE c.task_id = t.id) AS comment_count,
  (SELECT max(c.created_at) FROM comments AS c WHERE c.task_id = t.id) AS last_comment_at
FROM tasks AS t;
