/**
 * Consultation analysis: personal data found and replaced before anything else
 * ({@link org.nhsblueprint.consultation.PersonalData}); organised campaigns
 * ({@link org.nhsblueprint.consultation.Campaigns}, MinHash and locality-sensitive hashing with verified Jaccard);
 * support for each answer with Wilson intervals ({@link org.nhsblueprint.consultation.Support}); respondents against
 * the population with optional raking ({@link org.nhsblueprint.consultation.Representativeness}); codebook themes
 * ({@link org.nhsblueprint.consultation.Themes}) and themes found outside it
 * ({@link org.nhsblueprint.consultation.Discovery}); all brought together by
 * {@link org.nhsblueprint.consultation.ConsultationAnalysis}. An engine: it reads no files; it depends on the model,
 * the JDK, Hipparchus and Lucene's analyzers.
 */
package org.nhsblueprint.consultation;
