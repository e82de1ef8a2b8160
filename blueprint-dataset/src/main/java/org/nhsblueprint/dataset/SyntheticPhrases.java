package org.nhsblueprint.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentence pools of the synthetic consultation generator ({@link SyntheticConsultation}): the phrase template
 * ({@link Phrase}) and the pools of templates that responses outside campaigns are composed from, by concern and
 * stance (and outside any codebook), with the openers by respondent, closers, connecting words and one-liners.
 * All invented.
 */
final class SyntheticPhrases {
    private SyntheticPhrases() {
    }

    // ------------------------------------------------------------------------------------------------------------
    // phrase templates: "{a|b|c}" picks one option; #B is the respondent's borough, #D a doctor, #Y a number

    static final class Phrase {
        private final Object[] parts;

        private Phrase(Object[] parts) {
            this.parts = parts;
        }

        static Phrase of(String s) {
            if (s.replaceAll("\\{[^{}]*}", "").matches(".*[{}].*")) {
                throw new IllegalArgumentException("unbalanced or nested braces in " + s);
            }
            List<Object> parts = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf('{', i);
                if (open < 0) {
                    parts.add(s.substring(i));
                    break;
                }
                if (open > i) {
                    parts.add(s.substring(i, open));
                }
                int close = s.indexOf('}', open);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed { in " + s);
                }
                parts.add(s.substring(open + 1, close).split("\\|", -1));
                i = close + 1;
            }
            return new Phrase(parts.toArray());
        }

        void expand(SyntheticDraws g, StringBuilder sb) {
            for (Object part : parts) {
                if (part instanceof String s) {
                    g.appendTokens(sb, s);
                } else {
                    String[] options = (String[]) part;
                    g.appendTokens(sb, options[g.rng.nextInt(options.length)]);
                }
            }
        }
    }

    static Phrase[] phrases(String... templates) {
        return Arrays.stream(templates).map(Phrase::of).toArray(Phrase[]::new);
    }

    // opposing concerns
    static final Phrase[] TRAVEL = phrases(
            "{A polyclinic|The nearest polyclinic|A big health centre} would be {two bus rides|a long bus ride|a good "
                    + "forty minutes|miles} away from {me|where I live}{, which is too far| and I don't drive|, and "
                    + "the buses are not reliable}.",
            "I am {in my eighties|over 80|disabled|registered blind|a wheelchair user} and {can get|manage to get} to "
                    + "my {surgery|GP} {because it is round the corner|on my own|with my stick}, but I {could not|"
                    + "would never} manage the journey to a polyclinic.",
            "{Older people|Mothers with young children|People with disabilities|Pensioners} would have to travel much "
                    + "further {for|just to see} a {doctor|GP}{, and many will simply not go|, which is not fair| and "
                    + "that puts people off}.",
            "Travel {is|will be} the {big|main|biggest} problem{ for us|}: {the bus|public transport} {is|gets} "
                    + "{packed|"
                    + "unreliable|slow} and {parking is impossible|taxis are expensive}.",
            "Why should I {travel across #B|go halfway across #B|cross the borough} when my {surgery|GP} is {five "
                    + "minutes|a short walk} from my door?",
            "Local services {should stay local|must stay in the community|are what people want}{, not in some central "
                    + "building|, not miles away|}.",
            "If you are {ill|unwell|feeling rough}, the last thing you want is {a long journey|to sit on two buses|to "
                    + "travel for an hour} to see a doctor.",
            "The {travel times|journey times} in the consultation document {are|seem} {optimistic|unrealistic|"
                    + "to assume "
                    + "everyone has a car}{; most people round here don't have a car|}.",
            "{It would take me over an hour|I would need two buses|I would need a taxi I can't afford} to get there "
                    + "with my {pram|walking frame|bad hip}.",
            "My {husband|wife|neighbour|mum} {has COPD|has had two hip replacements|is partially sighted} and "
                    + "{cannot|could not} {walk more than a few yards|manage public transport|get on a bus alone}.",
            "{The roads round here|The high street|The main road} {is|are} {gridlocked|jammed} {every morning|most of "
                    + "the day}, so a #Y minute journey on paper {takes twice that|is nothing like it} in real life.",
            "{People on low incomes|Families without a car|Those of us on a pension} {cannot afford|should not have to "
                    + "pay for} {taxis|bus fares|the fares} {every time|whenever} {someone is ill|a child is sick|they "
                    + "need a doctor}.");
    static final Phrase[] GP_RELATIONSHIP = phrases(
            "I have been with {the same GP|my doctor|#D} for {over 20 years|30 years|most of my life|#Y years} and "
                    + "{they know|she knows|he knows} {my history|my family|me}.",
            "{Continuity of care|Knowing your doctor|Seeing the same GP} {matters|is vital|is everything}{, especially "
                    + "for older people| when you have a long-term condition| for people with mental health "
                    + "problems|}.",
            "My GP {knows|understands} {my whole family|my conditions|my children}{ and that cannot be replaced|, you "
                    + "cannot put a price on that|}.",
            "I {don't|do not} want to {lose|be taken away from} my {local GP|family doctor|practice}{.|!}",
            "{Please|I beg you to} {keep|protect} {small|local|family} {practices|surgeries} {open|as they are}.",
            "Small practices {are|feel} {personal|like part of the community|friendly}{, the receptionists know your "
                    + "name|, and the staff know you|}.",
            "{We|I} {fear|worry} that {our|the} local {surgery|practice} will {close|be merged} {once|when} the "
                    + "polyclinic opens.",
            "#D {has looked after|looked after} {my mother|my family|us} for {years|#Y years} and {trust|that trust} "
                    + "takes a long time to build.",
            "When my {wife|husband|mother|father|partner} was dying, our GP {came to the house|visited us at home|rang "
                    + "us every week}{, would a polyclinic do that?| and I will never forget it.|.}",
            "A {good|decent} family doctor {notices|spots} {when something is wrong|the little changes|things} that a "
                    + "stranger {would miss|never would}.",
            "{Elderly|Frail|Housebound} patients {rely on|need} home visits from {someone who knows them|their own "
                    + "GP|a doctor they trust}{, not a rota|}.");
    static final Phrase[] IMPERSONAL = phrases(
            "Polyclinics {sound|seem|will be} {impersonal|like a factory|like a supermarket|like a conveyor belt}{ for "
                    + "patients|}.",
            "You {will|would} {see a different doctor every time|never see the same doctor twice|be just a number}.",
            "{Big|Large} {centres|clinics|buildings} {are|feel} {intimidating|confusing|cold} {for|to} {older people|"
                    + "elderly patients|people with dementia|children}.",
            "{I|We} {don't|do not} want {health care|medicine|our care} run like {an airport|a call centre|a "
                    + "supermarket}.",
            "The {personal touch|human side of care} {will be lost|would disappear} in a {polyclinic|big centre}.",
            "Nobody wants to be a number in a queue at a so-called \"{health hub|one-stop shop|super-surgery}\".",
            "{Ringing|Phoning} a {call centre|central switchboard} and {pressing buttons|waiting in a queue} for "
                    + "{twenty|forty} minutes is not {health care|what I call care|progress}.",
            "{Children|Teenagers|Old people} {will not|won't} {talk about|open up about} {their problems|how they "
                    + "feel|private things} to a {stranger|doctor they have never met} {behind a desk|in a big "
                    + "building|}.");
    static final Phrase[] PRIVATISATION = phrases(
            "{This is|These plans are|Polyclinics are} {privatisation by the back door|the first step to privatising "
                    + "the NHS|a way to bring in private companies}.",
            "{I|We} {do not|don't} want {private companies|big corporations|profit-making firms} running {our|my} "
                    + "{GP services|health centres|NHS}.",
            "Who will {run|profit from} these polyclinics, and who will they answer to?",
            "The NHS {should|must} {stay public|remain publicly owned|not be for sale}{.|!}",
            "Profit {has no place|should have no place} in {health care|the NHS|general practice}.",
            "{Once|If} a company like {Virgin|a supermarket chain|an American health firm} runs the polyclinic, "
                    + "{patients|the public} will come second to {shareholders|profit}.",
            "{Contracts|Deals} {with|for} private {providers|firms} {should be|must be} {published|made public|open "
                    + "to scrutiny}{ so we know what we are paying|, not hidden behind commercial confidentiality|}.",
            "{We saw|Look at} what happened {when cleaning was contracted out|with PFI hospitals|to the railways}; "
                    + "{I do not trust|nobody should trust} {the same approach|that model} with {GP services|family "
                    + "doctors|our health}.");
    static final Phrase[] COST = phrases(
            "How much will {all this|these new buildings|the polyclinics} cost{, and where is the money coming from|"
                    + " when services are already being cut|}?",
            "{The money|This money|The millions} {would be better spent|should be spent} on {existing surgeries|more "
                    + "GPs|nurses|the hospitals we already have}.",
            "{Building|Running} {large|new} {centres|polyclinics} {is|seems} a waste of {money|public money|"
                    + "taxpayers' money}{ at a time like this|}.",
            "The consultation {says nothing|does not say enough} about {the cost|who pays|running costs}.",
            "{£1.5 million|Millions of pounds} for each polyclinic{, when|? When} my surgery {can't|cannot} even "
                    + "afford a {new roof|second receptionist|proper waiting room}.",
            "{I have read|I read} that each polyclinic {will|would} serve {50,000|40,000|60,000} people{, which seems "
                    + "far too many| at a cost nobody has explained|}.",
            "{The trust|The PCT|Our primary care trust} {is|was} {already in debt|closing beds|cutting district "
                    + "nurses}{ last year|}, so {how can it|where will it find the money to} build {new centres|five "
                    + "new buildings}?");
    static final Phrase[] STAFFING = phrases(
            "Where {are|will} all the {extra |}{doctors|GPs|nurses} {going to come from|come from}{, when there are "
                    + "not enough now|}?",
            "{Staff|GPs|Nurses} {are|feel} {already |}{stretched|overworked|exhausted}{ and this will make it worse|}.",
            "{I am worried|I worry} that {nurses|health care assistants|less qualified staff} will {replace|be used "
                    + "instead of} {doctors|GPs}.",
            "{Specialist|Hospital} skills {cannot|can't} {simply|just} be moved into {a polyclinic|the community} "
                    + "without {proper training|losing something|risk to patients}.",
            "{Consultants|Specialists} {will|would} spend their days travelling between {sites|clinics} instead of "
                    + "treating patients.",
            "{Our practice|My practice|The surgery I go to} {has|already has} {a vacancy it cannot fill|had a locum "
                    + "for #Y months|lost two partners}{ and nobody applies|, so who will staff a polyclinic?|}.",
            "{Receptionists|District nurses|Health visitors} {are|have been} {cut|reduced|stretched} {for years|again "
                    + "and again}{, and moving them into a big building will not fix that|}.");
    // supporting points
    static final Phrase[] EXT_HOURS = phrases(
            "{Evening|Weekend|Saturday} {appointments|opening} would make a {huge|real|big} difference{ to me|, I "
                    + "work long hours| for working people}.",
            "I {can never|cannot} get {an appointment|through on the phone|to see my GP} {without taking time off "
                    + "work|before 9am|when I need one}.",
            "{Opening from|Being open} 8am to 8pm{, seven days a week|} {is|sounds} {long overdue|exactly what is "
                    + "needed|a great idea}.",
            "{As a|Being a} {shift worker|working parent|carer|student} I {need|would use} {services|a doctor} "
                    + "{outside office hours|at weekends|in the evenings}.",
            "{It is|It's} ridiculous that {most surgeries|my surgery} {close|shut|shuts} at {6pm|half six|lunchtime on "
                    + "Thursdays}.",
            "{My partner|My husband|My wife|I} {commute|commutes} to {the City|Canary Wharf|Croydon|the West End} and "
                    + "{is|am} never {home|back} before {7|half seven|8} in the evening.",
            "Last {winter|month|year} I {ended up in|had to go to} A&E {just|simply} because the surgery was "
                    + "{closed|shut} {at the weekend|on a Saturday|after six}.");
    static final Phrase[] ONE_STOP = phrases(
            "Having {blood tests|X-rays|scans|physiotherapy|a pharmacy} and {a GP|the doctor} {in one place|under one "
                    + "roof} would save {a lot of|so much} {time|hassle|running around}.",
            "{More|A wider range of} services {in one place|together} {makes sense|is sensible|is common sense}{, "
                    + "especially for people with several conditions|}.",
            "I {had to|have had to} {go to three different places|make four trips|wait weeks} for {tests|a simple "
                    + "test|results} last year.",
            "{Modern|New|Purpose-built} buildings would be {far better than|a big improvement on} the {run-down|"
                    + "cramped|old} surgeries {we have now|round here|in #B}.",
            "A \"one-stop shop\" for {diabetes|asthma|heart} {care|checks} {is|sounds like} {a good idea|common "
                    + "sense}.",
            "{Last year|Over the last two years} I {saw|was sent to} {four|five|six} different "
                    + "{people|clinics|departments} "
                    + "{about|for} {one|the same} {problem|knee|condition}{, and none of them talked to each other|}.",
            "Having {a dentist|an optician|a midwife|a mental health worker} {on site|in the same building} {too|as "
                    + "well} would {be ideal|make life easier|help}.");
    static final Phrase[] FEWER_TRIPS = phrases(
            "{Anything that|Whatever} {keeps people out of hospital|stops people going to A&E} {is good|has my support|"
                    + "must be a good thing}.",
            "{Outpatient|Follow-up|Clinic} appointments {closer to home|in the community} would mean fewer trips "
                    + "{to|into} {hospital|town}.",
            "A&E {is|gets} {full of|clogged up with} people who {could|should} {be seen|have been seen} {elsewhere|by "
                    + "a GP|in a polyclinic}.",
            "{My mother|My father|My husband|My wife|My son} {spends|spent} {hours|whole days} {at the hospital|in "
                    + "outpatients} for {checks|tests|appointments} that could {easily |}be done locally.",
            "{A|One} {blood test|simple check|five-minute review} {at the hospital|in outpatients} {cost|costs} me "
                    + "{half a day|a whole morning|a day's pay}{ and £#Y in fares| with the parking|}.",
            "{Minor injuries|Small cuts and sprains|Children's temperatures} {could|should} be {dealt with|seen} "
                    + "{locally|near home} {instead of|rather than} {at A&E|in casualty} {at all hours|on a "
                    + "Saturday night|}.");
    static final Phrase[] SUPPORT_GENERAL = phrases(
            "{I think|I believe|In my view} {this is|the plan is|polyclinics are} {a good idea|the right direction|"
                    + "sensible|overdue}{.|, as long as local surgeries stay.|, if done properly.}",
            "{London|The NHS in London} {needs|has} to {modernise|change|catch up}{ and this is a start| and "
                    + "polyclinics will help|}.",
            "Lord Darzi's {plans|report|proposals} {make sense|are the right way forward|are long overdue}{ for "
                    + "London|}.",
            "{I support|We support|I welcome} the {plans|proposals}{ in principle|, they are a step forward|}.",
            "{Other|Many} {countries|European cities} {have had|already have} {health centres|polyclinics} like this "
                    + "for {years|decades}{ and they work well|, why not London?|}.",
            "{Some|Many} {surgeries|practices} {round here|in #B} {are|operate from} {converted houses|tiny "
                    + "rooms|run-down shops} with no {disabled access|proper waiting area|room for nurses}.");
    static final Phrase[] HEDGES = phrases(
            "{I can see|There are} {benefits|good points|advantages}{ but|, however,} {I have concerns|I am not "
                    + "convinced|there are also risks}.",
            "{It depends|It all depends} on {where they are built|the details|whether local surgeries stay open|how "
                    + "it is run}.",
            "{I need|We need|People need} more information {before deciding|to decide|about what this means for my "
                    + "surgery}.",
            "{The idea is|In theory it is} {fine|good} but {I doubt|I'm not sure} {it will work|it will be done "
                    + "properly|there is money for it}{ in practice| in #B|}.",
            "{Not sure|I am not sure} {yet|about this}{, there are pros and cons|}.",
            "My only worry is {travel|losing my own doctor|the cost|who will run it}{, otherwise it sounds fine|}.",
            "{If|As long as} {my own surgery|the small practices|local GPs} {stay|stays} {open|as well}, I {might|"
                    + "would} {support it|be in favour|give it a try}.",
            "{I have heard|People say|My neighbour says} {both good and bad things|different things} {about|of} "
                    + "polyclinics{ and I honestly do not know|, so I am undecided| in other places|}.");
    static final Phrase[] STROKE_SUPPORT = phrases(
            "{The plan for|Having} {specialist|dedicated} stroke {units|centres} {makes sense|is right|is very "
                    + "sensible}{, speed and expertise save lives|, even if they are further away|}.",
            "{My|Our} {father|mother|neighbour|husband} had a stroke and {the specialist care|getting to the right "
                    + "unit fast} {made all the difference|saved a life}.",
            "I would rather {travel further|go past my local hospital} to a {proper|specialist|hyper-acute} stroke "
                    + "unit.");
    static final Phrase[] STROKE_OPPOSE = phrases(
            "{Closing|Losing} stroke services at {our|the} local hospital {is|would be} {dangerous|wrong|a mistake}{, "
                    + "every minute counts|}.",
            "{An ambulance journey|The journey} to a {distant|far away} stroke unit {will take|could take} too long "
                    + "{in London traffic|at rush hour}.");
    static final Phrase[] STROKE_UNDECIDED = phrases(
            "On stroke {units|care} I {don't know enough|am not an expert|have no view}{ to comment|}.",
            "{The|Your} stroke {proposals|plans} {sound|seem} {reasonable|sensible}, but who will do the "
                    + "{rehabilitation|follow-up care|aftercare} {locally|at home}?");
    static final Phrase[] HOURS_OPPOSE = phrases(
            "I {do not|don't} need {evening|weekend} opening{, I need|; what I need is} {to see my own doctor|a "
                    + "doctor who knows me|an appointment within a week}.",
            "{Longer|Extended} hours {will|would} {spread|stretch} the {same|existing} staff {even thinner|too "
                    + "thin}.");
    // outside any codebook
    static final Phrase[] OTHER = phrases(
            "{Parking|Car parking} {at|near} {the health centre|the hospital|the surgery} is {a nightmare|impossible|"
                    + "expensive}{ and the charges are a scandal|}.",
            "{Please provide|There must be} {interpreters|translated leaflets} for {Turkish|Bengali|Somali|Polish|"
                    + "Urdu|Portuguese|Tamil|Yoruba|Gujarati} speakers{, my mother cannot read English|; many people "
                    + "here do not speak English|}.",
            "{Mental health|Counselling} {services are|support is} {missing from|hardly mentioned in} {these plans|the "
                    + "document}{, and waiting lists are months long|}.",
            "There is {nothing|very little} about {children's services|health visitors|school nurses|child "
                    + "development clinics} in {this|the document}.",
            "{I cannot find|Nobody I know can find} an NHS dentist{ in #B| round here|}{, please put dentists in the "
                    + "polyclinics|}.",
            "{The local pharmacist|My chemist} {is brilliant|does a great job} and could {do more|be used more}.",
            "{Disabled access|Access for wheelchairs} {at my surgery|in the old buildings} is {poor|terrible|"
                    + "non-existent}.",
            "{This consultation|The questionnaire|The document} {is|was} {too long|hard to understand|full of "
                    + "jargon}{ and the questions are leading|, and it feels like the decision is already made|}.",
            "{Carers|Unpaid carers} {need|deserve} {more support|flexible appointments|to be listened to}{, I look "
                    + "after my mother full time|}.",
            "{Homeless people|Asylum seekers|People without a fixed address} {find it hard|struggle} to register with "
                    + "a GP{ at all|}.",
            "{Maternity|Antenatal} {services|care} at {our|the} local hospital {need|needs} {investment|more "
                    + "midwives}{ more than this|}.",
            "{Hospital infections|MRSA|Cleanliness} {is|are} {my biggest worry|what worries me most}{ in any new "
                    + "building|}.",
            "{I waited|It took} {three weeks|a fortnight|ten days} to get a GP appointment {last month|recently|this "
                    + "year}.",
            "{Sexual health|GUM} clinics {need|should have} {walk-in|evening} sessions{ for young people|}.",
            "{My son|My daughter|My brother} has a learning disability and {needs|relies on} {a familiar face|the "
                    + "same routine}.",
            "{As a diabetic|Living with diabetes} I could {benefit from|use} {a specialist nurse|foot checks|eye "
                    + "screening} {locally|nearby|in one place}.",
            "{The out-of-hours service|Out-of-hours GP cover} {is|has been} {awful|very poor|a lottery} since GPs "
                    + "stopped doing it.",
            "{Deaf patients|People who use BSL} cannot book appointments {by phone|without help}{, please offer text "
                    + "or e-mail booking|}.",
            "{The walk-in centre|Our walk-in centre} {is always busy|is a lifeline}{, don't close it|, please keep "
                    + "it|}.",
            "The food on the wards was {awful|dreadful|cold} when I was last in {hospital|the Whittington|King's}.");
    /** Experiences with numbers in them, whichever the stance. */
    static final Phrase[] ANECDOTES = phrases(
            "Last {winter|spring|summer|autumn} my {son|daughter|neighbour|husband|wife|father} waited {2|3|4|5|6|7} "
                    + "hours in A&E{ with a broken wrist| with chest pains| with a high fever|}.",
            "I have {asthma|diabetes|arthritis|high blood pressure|epilepsy} and see {a nurse|my GP|the clinic} "
                    + "{every #Y weeks|twice a year|every few months}.",
            "{We|My family} moved to #B {in the 1990s|in 2003|in 2006|#Y years ago|recently} and {it took|we waited} "
                    + "{a month|#Y days|ages} "
                    + "to register with a GP.",
            "My {mother|aunt|grandmother} is {79|83|86|91|94} and {lives alone|has dementia|is housebound}, so I "
                    + "{take her|go with her} to {every appointment|all her appointments}.",
            "My {father|uncle|grandfather} is {78|81|85|89|93} and {lives alone|has Parkinson's|is housebound}, so I "
                    + "{take him|go with him} to {every appointment|all his appointments}.",
            "The last time I {rang|phoned} the surgery I was {number #Y in the queue|on hold for #Y "
                    + "minutes|told to ring back tomorrow}.");
    static final Phrase[] ORG_POINTS = phrases(
            "{Our members|Many of our members|Residents we spoke to} {are|were} {very worried about|most concerned "
                    + "about} {travel|losing their GP|the cost|who will run the centres}.",
            "{Our members|Many of our members|Residents we spoke to} {welcome|would welcome} "
                    + "{longer opening hours|more "
                    + "services in one place|fewer trips to hospital}.",
            "We held a {public meeting|members' meeting} {in March|in April|last month} attended by {40|60|over 100} "
                    + "people{ and this response reflects their views|}.");
    static final Phrase[] OPEN_INDIVIDUAL = phrases(
            "I {live in #B|have lived in #B for #Y years|am a mother of two|am a mother of three|work in central "
                    + "London}.",
            "I am a carer for my {husband|wife|mother|son}.",
            "{I have lived|We have lived} in #B {all my life|for #Y years}.");
    static final Phrase[] OPEN_OLDER = phrases(
            "I am a pensioner {living in #B|and live alone|and do not drive}.",
            "{I am|I'm} {retired|a widow|a widower} and {rely on|depend on} my {GP|local surgery}.");
    static final Phrase[] OPEN_YOUNG = phrases(
            "I am {15|16|17} and {at school|at college} in #B.");
    static final Phrase[] OPEN_CLINICIAN = phrases(
            "I am a {GP|general practitioner|GP partner|salaried GP|practice nurse|consultant physician|hospital "
                    + "consultant|community pharmacist} {in #B|working in #B|in north London|in south London}.",
            "As a {GP|general practitioner|GP partner|salaried GP|practice nurse|hospital consultant} {in #B|working "
                    + "in #B|in north London|in south London}, I have read the proposals carefully.",
            "I have been a {GP|general practitioner|practice nurse|consultant|pharmacist} in #B for #Y years.");
    static final Phrase[] OPEN_STAFF = phrases(
            "I work {as a receptionist|as a practice manager|as a district nurse|as a healthcare assistant|as a "
                    + "porter|as a midwife|as a physiotherapist|in NHS management} {in #B|at a local hospital|for the "
                    + "NHS}.",
            "I have worked {as a receptionist|as a practice manager|as a district nurse|as a healthcare assistant|as "
                    + "a midwife|in NHS management} {in #B|at a local hospital|for the NHS} for #Y years.");
    static final Phrase[] OPEN_ORGANISATION = phrases(
            "{This response is|We are writing|I am writing} on behalf of the {Northside|Eastfield|Riverside|"
                    + "Hillcrest|Parkview|Meadowbank|Oakfield|Brookside} {Tenants' and Residents' Association|"
                    + "Pensioners' Forum|Carers' Centre|Disability Forum|Mosque Committee|Churches Together group|"
                    + "Youth Council|Traders' Association}.");
    static final Phrase[] OPEN_COUNCILLOR = phrases(
            "{As a|I am a} {ward councillor|local councillor|councillor} {in #B|for a ward in #B}{ and many residents "
                    + "have contacted me|; I hear from residents every week|}.");
    static final Phrase[] CLOSERS = phrases(
            "{Thank you|Thanks} for {listening|reading this|the chance to comment|asking}.",
            "Please {listen to local people|think again|take our views seriously}.",
            "{I hope|We hope} you {take notice|listen this time|get it right}.",
            "Good luck with it.");
    static final String[] CONNECTORS = {"Also, ", "And ", "To be honest, ", "Frankly, ", "What is more, ",
        "In my experience, ", "Personally, ", "On top of that, ", "Secondly, ", "Another thing: ", "Basically, ",
        "Besides, "};
    static final String[][] SHORT = {
        {"I agree.", "Good idea.", "Yes, about time.", "Fully support.", "yes", "Go ahead.", "Sounds good to me."},
        {"No.", "Leave our GP alone!", "I disagree.", "Against.", "NO TO POLYCLINICS", "Hands off our surgery.",
            "Bad idea."},
        {"Not sure.", "Need more information.", "Don't know enough to say.", "no comment", "Maybe.", "n/a"}};
}
