DROP VIEW task_overview;
