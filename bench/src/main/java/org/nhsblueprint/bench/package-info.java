/** JMH benchmarks for the engines; run with {@code bench/run-index.sh}. Not part of the application. */
package org.nhsblueprint.bench;
