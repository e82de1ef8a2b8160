/**
 * Storage: the database ({@link org.nhsblueprint.store.Database}: embedded H2 or PostgreSQL, migrated by Flyway),
 * consultations and their responses ({@link org.nhsblueprint.store.Consultations}, stored once per idempotency key)
 * and planners' accounts and sessions ({@link org.nhsblueprint.store.Accounts}, bcrypt). Depends on the model; no
 * engine, web or command-line code depends the other way except the web layer and the CLI's wiring.
 */
package org.nhsblueprint.store;
