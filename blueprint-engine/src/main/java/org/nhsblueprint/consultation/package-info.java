/**
 * Consultation analysis (issue 7, in progress): organised campaigns among responses
 * ({@link org.nhsblueprint.consultation.Campaigns}, MinHash and locality-sensitive hashing with verified Jaccard),
 * personal data found and replaced before anything is published ({@link org.nhsblueprint.consultation.PersonalData}),
 * and support for each answer with Wilson intervals ({@link org.nhsblueprint.consultation.Support}). An engine: it
 * reads no files; it depends on the JDK and Hipparchus only.
 */
package org.nhsblueprint.consultation;
