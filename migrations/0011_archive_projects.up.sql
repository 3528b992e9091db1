ALTER TABLE projects ADD COLUMN archived_at TEXT;

-- Most queries list a user's active projects.
CREATE INDEX projects_active_owner ON projects (owner_id) WHERE archived_at IS NULL;

-- Tasks of archived projects are no longer open work.
DROP VIEW open_tasks;
CREATE VIEW open_tasks AS
SELECT t.id, t.title, t.status, p.name AS project, u.email AS assignee_email
FROM tasks AS t
JOIN projects AS p ON p.id = t.project_id
LEFT JOIN users AS u ON u.id = t.assignee_id
WHERE t.status <> 'done' AND p.archived_at IS NULL;
