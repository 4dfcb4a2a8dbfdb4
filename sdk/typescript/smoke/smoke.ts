/**
 * Runs the SDK against a live server: `node dist/smoke/smoke.js <baseUrl> <email> <password>`.
 * Prints one JSON line of what it saw; exits 1 on the first surprise.
 */
import { createZouClient, login } from "../src/index.js";

const [baseUrl = "http://127.0.0.1:5000", email = "admin@example.com", password = ""] = process.argv.slice(2);
const UNKNOWN = "8b6a9a6e-7b1f-4c59-9d0e-3f2a1b4c5d6e";

function expect(condition: unknown, what: string): asserts condition {
  if (!condition) {
    console.error(`smoke: ${what}`);
    process.exit(1);
  }
}

const refused = await createZouClient({ baseUrl }).GET("/data/projects");
expect(refused.response.status === 401, `anonymous list answered ${refused.response.status}`);

const zou = await login(baseUrl, email, password);

// A filter is a typed query parameter of its own: an unknown production has no task.
const tasks = await zou.GET("/data/tasks", { params: { query: { project_id: UNKNOWN } } });
expect(Array.isArray(tasks.data) && tasks.data.length === 0, "tasks of an unknown production");

const created = await zou.POST("/data/projects", { body: { name: `SDK smoke ${Date.now()}` } });
expect(created.response.status === 201 && created.data, `create answered ${created.response.status}`);
const projectId = created.data.id;

const updated = await zou.PUT("/data/projects/{instance_id}", {
  params: { path: { instance_id: projectId } },
  body: { description: "made by the TypeScript SDK" },
});
expect(updated.data?.description === "made by the TypeScript SDK", "update");

const listed = await zou.GET("/data/projects", { params: { query: { name: created.data.name } } });
expect(Array.isArray(listed.data) && listed.data.some((row) => row.id === projectId), "filter by name");

// An error comes back typed by the schemas its statuses declare: Zou's `{message}` bodies, or
// `{msg}` for a token problem; `in` narrows the union.
const missing = await zou.GET("/data/projects/{instance_id}", { params: { path: { instance_id: UNKNOWN } } });
expect(missing.response.status === 404 && missing.error, "unknown project");
expect("message" in missing.error, "a Zou error body");
const message: string = missing.error.message;
expect(message.length > 0, "error message");

console.log(JSON.stringify({ ok: true, project: projectId, tasks: tasks.data.length, error: message }));
