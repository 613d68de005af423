#!/bin/sh
# Runs once, on the first start of an empty data volume (the postgres image's initdb hook):
# one database per service (each owns its own; schemas per site are made by the services'
# migrations) owned by the unprivileged role the services log in as, and Keycloak's database.
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v app_password="$PATHWAY_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE pathway LOGIN PASSWORD :'app_password';
CREATE DATABASE referral OWNER pathway;
CREATE DATABASE matching OWNER pathway;
CREATE DATABASE engagement OWNER pathway;
CREATE DATABASE reporting OWNER pathway;

CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
