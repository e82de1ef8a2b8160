/**
 * Monte Carlo appraisal of activity shifts out of hospital, with capacity, workforce and finance: every assumption a
 * range ({@link org.nhsblueprint.model.Uncertain}), every result a distribution
 * ({@link org.nhsblueprint.simulation.Metric}), and every unit of activity that leaves a hospital landing at a named
 * site. {@link org.nhsblueprint.simulation.SimulationPlan} works out what does not change between iterations;
 * {@link org.nhsblueprint.simulation.MonteCarlo} runs seeded iterations on all cores, bit for bit the same on any
 * number of threads, with bounded memory ({@link org.nhsblueprint.simulation.QuantileSketch}). An engine: depends on
 * the model, the access and capacity engines and Hipparchus, never on files, JSON or the command line.
 */
package org.nhsblueprint.simulation;
