CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Emails are compared case-insensitively at sign-in, so uniqueness must be too.
CREATE UNIQUE INDEX users_email_unique ON users (email COLLATE NOCASE);
