// Runs the real ORMs for the tests, under the Node that better-sqlite3 (a native addon) was built for:
// `rows DB SQL` prints the rows as JSON; `typeorm DB GLOB` runs TypeORM's migrations and prints the error, if any.
import Database from "better-sqlite3";

const [command, db, arg] = process.argv.slice(2);
if (command === "rows") {
  const conn = new Database(db, { readonly: true });
  process.stdout.write(JSON.stringify(conn.prepare(arg).all()));
  conn.close();
} else if (command === "typeorm") {
  const { DataSource } = await import("typeorm");
  const source = new DataSource({ type: "better-sqlite3", database: db, migrations: [arg] });
  await source.initialize();
  let error = null;
  try {
    await source.runMigrations();
  } catch (cause) {
    error = cause.message;
  }
  await source.destroy();
  process.stdout.write(JSON.stringify({ error }));
} else {
  process.stderr.write(`unknown command ${command}\n`);
  process.exit(2);
}
