package org.nhsblueprint.dataset;

/**
 * One row of the synthetic consultation, as text ready to print. Part of the synthetic consultation generator
 * ({@link SyntheticConsultation}): the generator fills a single instance in place for each response it draws, and
 * the writer prints it before the next is drawn.
 */
final class SyntheticResponse {
    String type;
    String lsoa;
    String age;
    String q1;
    String q2;
    String q3;
    String text;
}
