CREATE VIEW task_overview AS
SELECT
  t.id,
  t.title,
  t.status,
  (SELECT count(*) FROM comments AS c WHERE c.task_id = t.id) AS comment_count,
  (SELECT max(c.created_at) FROM comments AS c WHERE c.task_id = t.id) AS last_comment_at
FROM tasks AS t;
