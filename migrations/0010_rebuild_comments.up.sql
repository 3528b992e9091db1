-- Comments outlive their author (author_id becomes nullable, ON DELETE SET NULL) and may not be blank.
-- SQLite cannot change a foreign key or add a CHECK in place, so the table is rebuilt:
-- https://www.sqlite.org/lang_altertable.html#otheralter
-- comments has no child tables, so dropping it cascades nothing even with foreign_keys on.

-- The view reading comments goes first: the RENAME below re-checks every view in the schema.
DROP VIEW task_overview;

-- Data fix so the copy satisfies the new CHECK.
UPDATE comments SET body = '(empty)' WHERE length(trim(body)) = 0;

CREATE TABLE comments_new (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO comments_new (id, task_id, author_id, body, created_at)
SELECT id, task_id, author_id, body, created_at FROM comments;

DROP TABLE comments;
ALTER TABLE comments_new RENAME TO comments;

-- Dropping the old table took its index and trigger with it.
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
