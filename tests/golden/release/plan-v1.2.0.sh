#!/usr/bin/env bash
# Rollback plan for v1.2.0 (rolling back to v1.1.0), written by migrationlint plan.
# Verdict: schema-revert; procedure: rollback-with-schema-revert; the schema returns to version 000007.
# Read it before running it. Every setting below can be overridden from the environment.
set -euo pipefail

NAMESPACE=${NAMESPACE:-'certs'}   # Kubernetes namespace of the release
RELEASE=${RELEASE:-'certhub'}   # Helm release name
DATABASE=${DATABASE:-'certhub'}   # database name
DB_USER=${DB_USER:-'certhub'}   # database user
DB_WORKLOAD=${DB_WORKLOAD:-'statefulset/certhub-postgres'}   # the PostgreSQL pod or StatefulSet
SERVER_WORKLOAD=${SERVER_WORKLOAD:-'deploy/certhub-server'}   # the server Deployment
REVISION=${REVISION:-''}   # Helm revision to roll back to (empty: the previous one)

psql_exec() { kubectl exec -i -n "$NAMESPACE" "$DB_WORKLOAD" -- psql --set ON_ERROR_STOP=1 --username="$DB_USER" --dbname="$DATABASE" "$@"; }

# 1. Take a fresh backup right now: the current schema is what we revert from; if anything goes wrong, it is the way forward again.
kubectl exec -n "$NAMESPACE" "$DB_WORKLOAD" -- pg_dump --format=custom --no-owner --no-acl --username="$DB_USER" --dbname="$DATABASE" \
  > "$RELEASE-pre-rollback-$(date -u +%Y%m%dT%H%M%SZ).dump"

# 2. Stop the server so nothing writes to the database during the revert.
kubectl scale "$SERVER_WORKLOAD" -n "$NAMESPACE" --replicas=0
kubectl rollout status "$SERVER_WORKLOAD" -n "$NAMESPACE" --timeout=5m

# 3. Apply the down migrations one at a time, newest first.
#    migrations: golang-migrate records one version number and the old release refuses to start while the database is ahead of its newest migration, so the whole release is reverted.
psql_exec < 'migrations/000010_add_renewal_jobs_requested_by.down.sql'   # 000010
psql_exec < 'migrations/000009_limit_agent_name_length.down.sql'   # 000009
psql_exec < 'migrations/000008_rename_certificates_not_after.down.sql'   # 000008
#    This discards column renewal_jobs.requested_by (created by migration 000010): what the new release wrote there is lost.

# 4. Make the migration runner's bookkeeping match the reverted schema.
#    golang-migrate (migrations)
psql_exec --command='UPDATE schema_migrations SET version = 7, dirty = false;'

# 5. Roll the release back; the old server starts on a schema it knows.
helm rollback "$RELEASE" ${REVISION:+"$REVISION"} -n "$NAMESPACE" --wait --timeout 5m

# 6. Check: the pods run, and the server log shows no migration-version mismatch.
kubectl get pods -n "$NAMESPACE" -l app.kubernetes.io/instance="$RELEASE"
kubectl logs -n "$NAMESPACE" "$SERVER_WORKLOAD" --tail=50

