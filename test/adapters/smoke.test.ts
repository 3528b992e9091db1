import { test } from "vitest";
import { SchemaReader } from "../../src/adapters/schema-reader.js";
import { openMemoryDatabase } from "../../src/adapters/sqljs.js";
import {
  diffSchemas,
  explainDiff,
  renderDiffText,
  serializeSchema,
  summarizeDiff,
} from "../../src/core/schema/index.js";

test("smoke", async () => {
  const db = await openMemoryDatabase();
  const r = new SchemaReader(db);
  db.exec(`create table users(id integer primary key autoincrement, email text not null collate nocase unique, age integer, check (age > 0));
  create index users_age on users(age desc) where age is not null;
  create virtual table f using fts4(a, b);
  create view v as select id from users;
  create trigger tr after insert on users begin select 1; end;
  create table orders(id integer primary key, user_id integer references users(id) on delete cascade deferrable initially deferred, total real);
  create table schema_migrations(version text)`);
  const a = r.read();
  console.log(JSON.stringify(serializeSchema(a), null, 1));
  db.exec(
    `alter table users add column nickname text; drop index users_age; create index users_email on users(email);`,
  );
  const b = r.read();
  const d = diffSchemas(a, b);
  console.log(explainDiff(d, { actual: "after the down of 0007", expected: "before 0007's up" }));
  console.log(renderDiffText(d));
  console.log(summarizeDiff(diffSchemas(b, a)));
  console.log(r.stats);
});
