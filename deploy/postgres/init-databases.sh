#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: a database per service, owned by <svc>_owner (runs the Flyway
# migrations), used by <svc>_app (no DDL; the platform migration withholds UPDATE/DELETE on the audit log);
# and Keycloak's database. Passwords come from the container's environment (docker-compose.yml).
set -euo pipefail

create() { # database owner-role owner-password app-role app-password
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role $2 login password '$3';
create role $4 login password '$5';
create database $1 owner $2 encoding 'UTF8';
revoke all on database $1 from public;
grant connect on database $1 to $2, $4;
SQL
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$1" <<SQL
alter schema public owner to $2;
revoke create on schema public from public;
grant usage on schema public to $4;
SQL
}

create intake       intake_owner       "$INTAKE_DB_OWNER_PASSWORD"       intake_app       "$INTAKE_DB_APP_PASSWORD"
create segmentation segmentation_owner "$SEGMENTATION_DB_OWNER_PASSWORD" segmentation_app "$SEGMENTATION_DB_APP_PASSWORD"
create billing      billing_owner      "$BILLING_DB_OWNER_PASSWORD"      billing_app      "$BILLING_DB_APP_PASSWORD"
create iiz          iiz_owner          "$IIZ_DB_OWNER_PASSWORD"          iiz_app          "$IIZ_DB_APP_PASSWORD"
create day_center   day_center_owner   "$DAY_CENTER_DB_OWNER_PASSWORD"   day_center_app   "$DAY_CENTER_DB_APP_PASSWORD"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role keycloak login password '$KEYCLOAK_DB_PASSWORD';
create database keycloak owner keycloak encoding 'UTF8';
SQL
