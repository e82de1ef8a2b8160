/**
 * The {@code blueprint} command line: delivery on top of the engines. {@link org.nhsblueprint.cli.Application} is
 * the one hand-written place where the components are built and wired; commands receive only what they use.
 */
package org.nhsblueprint.cli;
