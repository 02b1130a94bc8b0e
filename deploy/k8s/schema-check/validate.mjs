// Validates every object of a rendered overlay (a JSON array on stdin) against the schema of its apiVersion and
// kind, and prints one line per object: "ok <kind>/<name>", "invalid <kind>/<name>: <errors>" or
// "unknown <kind>/<name>" when no published schema covers the kind. Exits 0; the caller decides.
import { readFileSync } from "node:fs";

const packages = {
  "": "kubernetes-models",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
};

async function modelOf(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.substring(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  const pkg = packages[group] ?? (group.endsWith(".k8s.io") || !group.includes(".") ? "kubernetes-models" : null);
  if (!pkg) {
    return null;
  }
  const path = group === "" ? `${pkg}/${version}/${kind}` : `${pkg}/${group}/${version}/${kind}`;
  try {
    const module = await import(path);
    return module[kind] ?? null;
  } catch (e) {
    return null;
  }
}

const objects = JSON.parse(readFileSync(0, "utf8"));
for (const object of objects) {
  const id = `${object.kind}/${object.metadata?.name}`;
  const Model = await modelOf(object.apiVersion, object.kind);
  if (!Model) {
    console.log(`unknown ${id}`);
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`ok ${id}`);
  } catch (e) {
    console.log(`invalid ${id}: ${String(e.message).replace(/\s+/g, " ")}`);
  }
}
