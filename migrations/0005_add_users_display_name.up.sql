ALTER TABLE users ADD COLUMN display_name TEXT;

-- Backfill: existing users keep showing the name they signed up with.
UPDATE users SET display_name = name WHERE display_name IS NULL;
