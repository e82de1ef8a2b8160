/**
 * The domain model: small areas, districts, sites, services and the region model that holds them.
 *
 * <p>This package is the bottom layer of Blueprint. It depends on nothing else in the project; every engine, loader,
 * report and command depends on it. All types are immutable values validated on construction.
 */
package org.nhsblueprint.model;
