package org.nhsblueprint.dataset;

import static org.nhsblueprint.dataset.SyntheticConsultation.BROMLEY;
import static org.nhsblueprint.dataset.SyntheticConsultation.CAMDEN;
import static org.nhsblueprint.dataset.SyntheticConsultation.HACKNEY;
import static org.nhsblueprint.dataset.SyntheticPhrases.phrases;

import java.util.List;
import org.nhsblueprint.dataset.SyntheticPhrases.Phrase;

/**
 * The campaign letters of the synthetic consultation generator ({@link SyntheticConsultation}): six invented
 * letters, each with its share of all responses, home borough, respondent types, answers, share of word-for-word
 * copies, printed text, and the sentences and anonymous signatures that copiers add.
 */
final class SyntheticLetters {
    private SyntheticLetters() {
    }

    // ------------------------------------------------------------------------------------------------------------
    // campaigns (all invented; the practices and groups named do not exist)

    record Campaign(String id, double share, String home, double[] types, double[] q1, double[] q2,
                    double[] q3, double exact, double older, String greeting, String signOff, String body,
                    Phrase[] before, Phrase[] after, String[] anonymous) {
    }

    static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("save_larkspur_surgery", 0.13, HACKNEY,
                    new double[] {0.93, 0.01, 0.02, 0, 0.01, 0.03},
                    new double[] {0.12, 0.72, 0.16}, new double[] {0.55, 0.10, 0.32, 0.03},
                    new double[] {0.55, 0.12, 0.30, 0.03}, 0.30, 2.6, "Dear Sir/Madam,", "Yours faithfully,",
                    "I am writing to object in the strongest terms to the proposals in Healthcare for London that "
                            + "would move GP services out of Larkspur Surgery and into a polyclinic. Larkspur Surgery "
                            + "has served our community for over forty years. The doctors and nurses there know their "
                            + "patients, many of whom are elderly, disabled or have young children and cannot easily "
                            + "travel to a large centre miles away. A polyclinic would mean longer journeys, longer "
                            + "waits and seeing a different doctor every time. It would break the relationship between "
                            + "patients and their family doctor, which is the foundation of good care. We haven't been "
                            + "told where the polyclinic would be, how people would get there, or what would happen to "
                            + "the surgery building. Local people were not asked before these plans were drawn up. I "
                            + "urge NHS London and the primary care trust to keep Larkspur Surgery open, to invest in "
                            + "it rather than close it, and to listen to the thousands of patients who depend on it. "
                            + "Save our surgery!",
                    phrases("I have been a patient at Larkspur Surgery for #Y years.",
                            "My {mother|husband|wife|daughter|father} {relies on|depends on} Larkspur Surgery.",
                            "I signed the petition and I am writing as well."),
                    phrases("#D has looked after my {whole family|children|mother} for years.",
                            "Please do not take our surgery away.",
                            "I am {82|76|69|91|73} and cannot travel far.",
                            "The nearest bus stop is a long walk from my flat."),
                    new String[] {"A patient of Larkspur Surgery", "A concerned resident", "Larkspur patient"}),
            new Campaign("no_privatisation", 0.07, null,
                    new double[] {0.33, 0.35, 0.30, 0, 0, 0.02},
                    new double[] {0.07, 0.85, 0.08}, new double[] {0.25, 0.50, 0.22, 0.03},
                    new double[] {0.60, 0.15, 0.22, 0.03}, 0.15, 1.0, "To NHS London,", "Yours sincerely,",
                    "We are writing as GPs, nurses, practice staff and patients who value a public NHS. We oppose the "
                            + "plan to build polyclinics across London. There is no evidence that large health centres "
                            + "give better care than local practices, and the cost of the buildings has not been "
                            + "explained. Doctors' leaders have warned that polyclinics will be used to bring private "
                            + "companies into general practice, and that contracts will go to whoever bids lowest "
                            + "rather than to those who know the community. Once a private company runs a polyclinic, "
                            + "decisions about patient care will be made with profit in mind. Patients will lose the "
                            + "personal, continuous care of a family doctor who knows them. Staff will be moved around "
                            + "and skills that take years to build will be lost. The money would be far better spent "
                            + "supporting the practices we already have, employing more GPs and nurses and improving "
                            + "premises. We call on NHS London to withdraw the polyclinic proposals and to keep "
                            + "general practice in the NHS, not in the marketplace.",
                    phrases("I have been a {GP|practice nurse|practice manager|receptionist} for #Y years.",
                            "I {work|have worked} in general practice in #B."),
                    phrases("Keep our NHS public.", "The NHS is not for sale.",
                            "{Patients|People} before profit{!|.}"),
                    new String[] {"A GP", "Practice staff", "An NHS worker"}),
            new Campaign("yes_to_longer_hours", 0.07, null,
                    new double[] {0.94, 0, 0.02, 0, 0, 0.04},
                    new double[] {0.90, 0.03, 0.07}, new double[] {0.97, 0.01, 0.01, 0.01},
                    new double[] {0.80, 0.03, 0.14, 0.03}, 0.25, 0.8, "Dear NHS London,", "Yours sincerely,",
                    "I support the proposal for polyclinics. At the moment it is very hard to get an appointment with "
                            + "my GP at a time that suits me, because most surgeries open only during working hours. A "
                            + "polyclinic open from 8am to 8pm, seven days a week, would let me see a doctor without "
                            + "taking time off work. I also like the idea of having tests, X-rays and specialist "
                            + "clinics in the same building, so that I do not have to make several trips to hospital. "
                            + "London deserves modern health services that fit around people's lives. Please go ahead "
                            + "with the plans and make sure the new centres are well connected by public transport.",
                    phrases("I work {shifts|long hours|in a hospital|in the City|nights}.",
                            "It took me {three weeks|a month|ten days} to get an appointment last time."),
                    phrases("Please build one in #B.", "{My|Our} whole family would use it.",
                            "About time!"),
                    new String[] {"A working parent", "A commuter"}),
            new Campaign("ravensmead_patients_group", 0.04, BROMLEY,
                    new double[] {0.85, 0, 0, 0.10, 0, 0.05},
                    new double[] {0.30, 0.25, 0.45}, new double[] {0.70, 0.05, 0.22, 0.03},
                    new double[] {0.65, 0.10, 0.22, 0.03}, 0.10, 3.5, "Dear Sir or Madam,", "Yours faithfully,",
                    "As members of the Ravensmead Patients' Group we have discussed Healthcare for London at our "
                            + "meetings and wish to make the following points. We welcome the aim of better services "
                            + "closer to home and longer opening hours, and we accept that some small surgeries are in "
                            + "poor buildings. However, many of our members are over seventy and do not drive, and "
                            + "the nearest site suggested for a polyclinic is two bus journeys away. Any new centre "
                            + "must be on a direct bus route, with free parking for disabled people and a pharmacy on "
                            + "site. Existing practices should stay open as part of a network, so that patients can "
                            + "still see a doctor they know. We ask that patients' groups are involved in deciding "
                            + "where polyclinics are built and how they are run, and that the plans are reviewed "
                            + "after two years. We would be glad to meet the primary care trust to discuss this.",
                    phrases("I have been a member of the group for {3|5|8|12} years.",
                            "I am the group's {secretary|treasurer|chair}."),
                    phrases("My nearest bus stop is a long walk away.",
                            "I {agree with every word|fully support this letter}."),
                    new String[] {"Ravensmead Patients' Group member", "A member"}),
            new Campaign("stroke_club", 0.025, null,
                    new double[] {0.88, 0.04, 0.04, 0, 0, 0.04},
                    new double[] {0.72, 0.06, 0.22}, new double[] {0.75, 0.05, 0.17, 0.03},
                    new double[] {0.98, 0, 0.01, 0.01}, 0.20, 3.5, "Dear Sir/Madam,", "Yours sincerely,",
                    "I am writing as a stroke survivor and a member of a local stroke club. I strongly support the "
                            + "plan to create specialist hyper-acute stroke units in London. When I had my stroke, I "
                            + "waited many hours for a scan at a hospital that saw only a few stroke patients. The "
                            + "evidence is clear that fast treatment by a specialist team saves lives and reduces "
                            + "disability, even if the ambulance has to travel a little further. It's just as "
                            + "important that rehabilitation and support after leaving hospital are available "
                            + "locally, because that is where many of us struggle most. I hope the plans go ahead as "
                            + "quickly as possible.",
                    phrases("My {husband|wife|brother|father|mother} had a stroke in {2005|2006|2007}.",
                            "I am writing on behalf of my {husband|wife|father}, who had a stroke."),
                    phrases("Time is brain.", "I still cannot use my {left|right} hand.",
                            "The stroke club meets every {Tuesday|Thursday} and we all agree."),
                    new String[] {"A stroke survivor", "Stroke club member"}),
            new Campaign("hands_off_ferncroft", 0.015, CAMDEN,
                    new double[] {0.95, 0, 0, 0, 0, 0.05},
                    new double[] {0.10, 0.70, 0.20}, new double[] {0.50, 0.15, 0.32, 0.03},
                    new double[] {0.50, 0.15, 0.32, 0.03}, 0.30, 2.6, "", "",
                    "Hands off Ferncroft Health Centre! We, the undersigned residents, object to any plan to close "
                            + "Ferncroft Health Centre or move its services into a polyclinic. The health centre is "
                            + "within walking distance for thousands of people, including the elderly residents of "
                            + "the nearby estates. Its walk-in clinic, baby clinic and district nurses are used every "
                            + "day. Moving them would force patients onto crowded buses or into A&E. We don't want to "
                            + "lose them. The primary care trust should improve the building, not abandon it.",
                    phrases("I have used the baby clinic at Ferncroft with {both|all three} of my children.",
                            "I have lived on the estate for #Y years."),
                    phrases("I am {78|84|71|88} and I walk to Ferncroft.", "Keep it open!"),
                    new String[] {"Resident", "Ferncroft patient"}));
}
