import { createHash } from "node:crypto";
import { sqlString } from "./real-db.js";

// Sqitch's SQLite registry, as App::Sqitch::Engine::sqlite creates it (lib/App/Sqitch/Engine/sqlite.sql, the
// statements between its BEGIN and COMMIT), and the rows `sqitch deploy` writes for each change.
export const REGISTRY_DDL = `
CREATE TABLE releases (
    version         FLOAT       PRIMARY KEY,
    installed_at    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    installer_name  TEXT        NOT NULL,
    installer_email TEXT        NOT NULL
);

CREATE TABLE projects (
    project         TEXT        PRIMARY KEY,
    uri             TEXT            NULL UNIQUE,
    created_at      DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    creator_name    TEXT        NOT NULL,
    creator_email   TEXT        NOT NULL
);

CREATE TABLE changes (
    change_id       TEXT        PRIMARY KEY,
    script_hash     TEXT            NULL,
    change          TEXT        NOT NULL,
    project         TEXT        NOT NULL REFERENCES projects(project) ON UPDATE CASCADE,
    note            TEXT        NOT NULL DEFAULT '',
    committed_at    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    committer_name  TEXT        NOT NULL,
    committer_email TEXT        NOT NULL,
    planned_at      DATETIME    NOT NULL,
    planner_name    TEXT        NOT NULL,
    planner_email   TEXT        NOT NULL,
    UNIQUE(project, script_hash)
);

CREATE TABLE tags (
    tag_id          TEXT        PRIMARY KEY,
    tag             TEXT        NOT NULL,
    project         TEXT        NOT NULL REFERENCES projects(project) ON UPDATE CASCADE,
    change_id       TEXT        NOT NULL REFERENCES changes(change_id) ON UPDATE CASCADE,
    note            TEXT        NOT NULL DEFAULT '',
    committed_at    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    committer_name  TEXT        NOT NULL,
    committer_email TEXT        NOT NULL,
    planned_at      DATETIME    NOT NULL,
    planner_name    TEXT        NOT NULL,
    planner_email   TEXT        NOT NULL,
    UNIQUE(project, tag)
);

CREATE TABLE dependencies (
    change_id       TEXT        NOT NULL REFERENCES changes(change_id) ON UPDATE CASCADE ON DELETE CASCADE,
    type            TEXT        NOT NULL,
    dependency      TEXT        NOT NULL,
    dependency_id   TEXT            NULL REFERENCES changes(change_id) ON UPDATE CASCADE
                                         CONSTRAINT dependencies_check CHECK (
            (type = 'require'  AND dependency_id IS NOT NULL)
         OR (type = 'conflict' AND dependency_id IS NULL)
    ),
    PRIMARY KEY (change_id, dependency)
);

CREATE TABLE events (
    event           TEXT        NOT NULL CONSTRAINT events_event_check CHECK (
        event IN ('deploy', 'revert', 'fail', 'merge')
    ),
    change_id       TEXT        NOT NULL,
    change          TEXT        NOT NULL,
    project         TEXT        NOT NULL REFERENCES projects(project) ON UPDATE CASCADE,
    note            TEXT        NOT NULL DEFAULT '',
    requires        TEXT        NOT NULL DEFAULT '',
    conflicts       TEXT        NOT NULL DEFAULT '',
    tags            TEXT        NOT NULL DEFAULT '',
    committed_at    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    committer_name  TEXT        NOT NULL,
    committer_email TEXT        NOT NULL,
    planned_at      DATETIME    NOT NULL,
    planner_name    TEXT        NOT NULL,
    planner_email   TEXT        NOT NULL,
    PRIMARY KEY (change_id, committed_at)
);
`;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** A registry of project `project` with `deployed` changes (name → the deploy script's text) in that order. */
export function registrySql(project: string, deployed: [string, string][]): string {
  const who = "'Marge N.', 'marge@example.com'";
  const rows = deployed.map(([change, script], i) => {
    const at = `'2024-02-01 10:0${i}:00'`;
    const id = sqlString(sha1(`${project} ${change}`));
    return `INSERT INTO changes (change_id, script_hash, change, project, note, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) VALUES (${id}, ${sqlString(sha1(script))}, ${sqlString(change)}, ${sqlString(project)}, '', ${at}, ${who}, '2024-01-02 10:00:00', ${who});
INSERT INTO events (event, change_id, change, project, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) VALUES ('deploy', ${id}, ${sqlString(change)}, ${sqlString(project)}, ${at}, ${who}, '2024-01-02 10:00:00', ${who});`;
  });
  return `${REGISTRY_DDL}
INSERT INTO releases (version, installer_name, installer_email) VALUES (1.1, ${who});
INSERT INTO projects (project, uri, creator_name, creator_email) VALUES (${sqlString(project)}, NULL, ${who});
${rows.join("\n")}`;
}
