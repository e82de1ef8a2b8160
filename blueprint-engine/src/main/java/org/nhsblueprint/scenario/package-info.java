/**
 * Scenarios: a baseline plus an ordered list of modifications (close, open, offer or centralise a service), resolved
 * against the baseline first (every problem reported together) and only then applied, to a copy; and the appraisal
 * of an option against the baseline, service by service.
 *
 * <p>An engine package: it depends on the domain model and the access engine only.
 */
package org.nhsblueprint.scenario;
