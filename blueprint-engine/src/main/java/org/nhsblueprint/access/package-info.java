/**
 * Access metrics: how long people take to reach a service, how many are within its time standard, broken down by
 * district, deprivation and age, with patients' choice and what losing the nearest site would mean.
 *
 * <p>An engine package: it depends on the domain model and on {@code travel}'s abstraction only.
 */
package org.nhsblueprint.access;
