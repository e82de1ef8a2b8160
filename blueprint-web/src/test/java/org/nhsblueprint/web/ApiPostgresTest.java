package org.nhsblueprint.web;

/** The API against PostgreSQL (skipped unless BLUEPRINT_TEST_PG_URL names one; .ci/run starts one). */
class ApiPostgresTest extends ApiContract {
    @Override
    String kind() {
        return org.nhsblueprint.store.TestDatabases.POSTGRESQL;
    }
}
