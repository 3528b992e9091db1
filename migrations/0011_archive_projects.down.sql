-- DROP COLUMN refuses while an index or view names the column: remove those first.
DROP VIEW open_tasks;
DROP INDEX projects_active_owner;
ALTER TABLE projects DROP COLUMN archived_at;

CREATE VIEW open_tasks AS
SELECT t.id, t.title, t.status, p.name AS project, u.email AS assignee_email
FROM tasks AS t
JOIN projects AS p ON p.id = t.project_id
LEFT JOIN users AS u ON u.id = t.assignee_id
WHERE t.status <> 'done';
