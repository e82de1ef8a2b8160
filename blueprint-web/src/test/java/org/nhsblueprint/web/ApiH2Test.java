package org.nhsblueprint.web;

/** The API against the embedded H2 database. */
class ApiH2Test extends ApiContract {
    @Override
    String kind() {
        return org.nhsblueprint.store.TestDatabases.H2;
    }
}
