DROP TRIGGER tasks_touch_updated_at;
DROP TRIGGER projects_touch_updated_at;
