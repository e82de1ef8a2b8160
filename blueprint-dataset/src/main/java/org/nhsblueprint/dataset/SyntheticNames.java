package org.nhsblueprint.dataset;

import static org.nhsblueprint.dataset.SyntheticConsultation.BROMLEY;
import static org.nhsblueprint.dataset.SyntheticConsultation.CAMDEN;
import static org.nhsblueprint.dataset.SyntheticConsultation.HACKNEY;

import java.util.Map;

/**
 * The invented words of the synthetic consultation generator ({@link SyntheticConsultation}) that are not
 * sentences: first names, surnames and doctors' names, streets, London-style postcodes and the reserved e-mail
 * domains that the personal data for redaction is made of, and the greetings, sign-offs and word changes that
 * people copying a campaign letter make.
 */
final class SyntheticNames {
    private SyntheticNames() {
    }

    // ------------------------------------------------------------------------------------------------------------
    // personal data (all invented)

    static final String[] FIRST = {"Jane", "John", "Mary", "David", "Sarah", "Michael", "Susan", "Peter",
        "Margaret", "James", "Patricia", "Robert", "Elizabeth", "Paul", "Linda", "Mark", "Karen", "Andrew", "Helen",
        "Richard", "Ann", "Stephen", "Julie", "Christopher", "Claire", "Mohammed", "Fatima", "Ahmed", "Aisha",
        "Rajesh", "Priya", "Sunita", "Arjun", "Oluwaseun", "Chinedu", "Ngozi", "Kwame", "Abena", "Mehmet", "Ayse",
        "Tomasz", "Agnieszka", "Wei", "Grace", "Joseph", "Daniel", "Emma", "Sophie", "Thomas", "Lucy", "Patrick",
        "Bridget", "Sean", "Siobhan", "Winston", "Delroy", "Marcia", "Maria", "Jose", "Ana", "Giuseppe", "Rita",
        "Ali", "Hassan", "Zainab", "Bilal", "Doreen", "Eileen", "Kenneth", "Brian"};
    static final String[] SURNAME = {"Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Wilson",
        "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes",
        "Edwards", "Green", "Hall", "Wood", "Harris", "Martin", "Jackson", "Clarke", "Lewis", "Patel", "Shah", "Khan",
        "Ahmed", "Hussain", "Begum", "Ali", "Singh", "Kaur", "Sharma", "Okafor", "Adeyemi", "Mensah", "Owusu",
        "Campbell", "Francis", "Yilmaz", "Demir", "Kowalski", "Nowak", "Nguyen", "Chen", "Wang", "O'Brien", "Murphy",
        "Kelly", "McCarthy", "Byrne", "Silva", "Santos", "Rossi", "Costa", "Mahmood", "Rahman", "Chowdhury", "Uddin"};
    static final String[] DOCTOR = {"Patel", "Okafor", "Shah", "Reid", "Evans", "Khan", "Murphy", "Lewis",
        "Adebayo", "Green", "Mehta", "Cohen", "Fernando", "Gill", "Watson"};
    static final String[] STREET = {"Elm", "Oak", "Station", "Church", "Victoria", "Albert", "Park", "Manor",
        "Queens", "Mill", "Chestnut", "Cedar", "Highfield", "Springfield", "Windsor", "Stanley", "Beech", "Willow",
        "Grange", "Marlborough", "Clarence", "Warwick", "Cromwell", "Nelson", "Milton", "Sycamore", "Lime", "Hazel"};
    static final String[] STREET_KIND = {"Road", "Road", "Road", "Street", "Avenue", "Close", "Gardens",
        "Lane", "Crescent", "Way", "Terrace", "Grove"};
    static final String[] OUTWARD = {"E2", "E3", "E5", "E8", "E9", "E10", "E13", "E15", "E17", "N1", "N4",
        "N7", "N9", "N15", "N16", "N17", "N19", "N22", "NW1", "NW2", "NW5", "NW6", "NW10", "SE1", "SE5", "SE6",
        "SE13", "SE15", "SE18", "SE22", "SE27", "SW2", "SW9", "SW11", "SW16", "SW17", "W2", "W3", "W10", "W12", "BR1",
        "BR2", "BR3", "BR6", "CR0", "CR4", "DA7", "EN1", "EN3", "HA0", "HA8", "IG1", "IG3", "KT1", "KT6", "RM1", "RM8",
        "SM1", "TW3", "TW9", "UB3", "UB6"};
    static final Map<String, String[]> OUTWARD_BY_DISTRICT = Map.of(
            HACKNEY, new String[] {"E5", "E8", "E9", "N16"},
            CAMDEN, new String[] {"NW1", "NW3", "NW5", "WC1N"},
            BROMLEY, new String[] {"BR1", "BR2", "BR3", "BR6"});
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    static final String[] EMAIL_DOMAINS = {"example.com", "example.org", "example.net"};

    static final String[] GREETINGS = {"Dear Sir/Madam,", "Dear Sir or Madam,", "To NHS London,",
        "Dear NHS London,", "To whom it may concern,", "Dear Sirs,", "Re: Healthcare for London consultation", "",
        "", ""};
    static final String[] SIGN_OFFS = {"Yours sincerely,", "Yours sincerely,", "Yours faithfully,",
        "Kind regards,", "Regards,", "Best wishes,", "Yours sincerely", "Many thanks,"};
    /** Word changes a copier makes: the first word (a whole word) becomes the second. */
    static final String[][] WORD_CHANGES = {{"strongest", "strongest possible"}, {"urge", "ask"},
        {"local", "neighbourhood"}, {"elderly", "older"}, {"large", "big"}, {"oppose", "object to"},
        {"plans", "proposals"}, {"thousands", "hundreds"}, {"Please", "I ask you to"}, {"support", "back"},
        {"very", "really"}, {"many", "lots"}, {"doctor", "GP"}, {"modern", "decent"}, {"fast", "quick"}};
}
