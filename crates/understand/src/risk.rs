//! Risk screening: suicidal thoughts or plans, self-harm, intent to harm others, being in
//! danger or abused, overdose.
//!
//! Lexicons of phrase patterns run over normalised text. Before matching, idioms that only
//! sound risky ("this commute is killing me", "I beat myself up about it") are blanked out.
//! A match is set aside when a negation stands just before it in the same clause ("I'm not
//! suicidal"), unless the pattern carries its own negation ("I don't want to be here"), and
//! the whole reply is set aside when it speaks only of a clearly past, resolved experience
//! ("I self-harmed as a teenager but haven't for years"). Anything else errs towards help.

use crate::normalise::ascii_classes;
use regex::Regex;
use std::sync::OnceLock;

/// The kinds of risk screened for, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RiskKind {
    Suicide,
    Overdose,
    SelfHarm,
    HarmOthers,
    AbuseDanger,
}

impl RiskKind {
    /// Kinds said of the speaker's own life and body, not of what others do.
    fn is_about_oneself(self) -> bool {
        matches!(
            self,
            RiskKind::Suicide | RiskKind::Overdose | RiskKind::SelfHarm
        )
    }

    pub const ALL: [RiskKind; 5] = [
        RiskKind::Suicide,
        RiskKind::Overdose,
        RiskKind::SelfHarm,
        RiskKind::HarmOthers,
        RiskKind::AbuseDanger,
    ];

    /// The stable name used in flags and `guide classify`.
    pub fn code(self) -> &'static str {
        match self {
            RiskKind::Suicide => "suicide",
            RiskKind::Overdose => "overdose",
            RiskKind::SelfHarm => "self_harm",
            RiskKind::HarmOthers => "harm_others",
            RiskKind::AbuseDanger => "abuse_danger",
        }
    }
}

/// Others' care handed on ("asked my brother to be there for mum", "told him to look after
/// mum"): one fragment for the suicide single and the act of [`AFFAIRS`], so the two read
/// the same asks.
macro_rules! care_handed_on {
    () => {
        r"(asked|told|made) (my \w+( \w+)?|him|her|them) (to )?(promise (to|me (he'd|she'd|they'd)) )?(be there for|look after|take care of|keep an eye on)"
    };
}

const SUICIDE: &[&str] = &[
    // More plain sayings the backstop alone had caught (thirty-first session, second pass):
    // "i don't think i can keep living like this", "feel like throwing myself off the
    // balcony", "the thought of not existing is comforting".
    r"\b(can't|cannot|can not|don't think i can|not sure i can) (keep|go on|carry on) (living|existing) like this\b|\b(throw|throwing|threw) myself (off|in front of|under|from) (the|a) (balcony|bridge|train|bus|car|roof|cliff|building|multi storey|lorry|window|motorway)\b|\bthe (thought|idea) of (not existing|not being here|being dead|dying|not waking up|never waking up) (is|feels|seems) (so )?(comforting|nice|peaceful|a relief|appealing|calming)\b",
    r"\b(think|thinking|thought) about (just )?(not being here|not existing|not being alive|being dead)(\s*(\||$)| anymore| any more| tbh| honestly| at all)",
    // Nobody would notice: "nobody would even notice for days if i went", "if i wasnt here
    // no one would care", "no1 will even notice im gone".
    r"\b(nobody|no one|noone)( would| will|'d)( even)? (notice|care|miss me)( for days| for weeks| at all)? if i (went|was gone|wasn't here|died|disappeared)(\s*(\||$)| tbh| honestly| anyway| tomorrow)|\bif i (wasn't|was not|weren't) here (no one|nobody|noone) would (care|notice|miss me)\b|\b(no one|nobody|noone) (left )?(who'd|who would) care if i (went|was gone|died)\b|\b(no one|nobody|noone) will (even )?notice (i'm|i am) gone\b",
    // Gone by the time anyone rings: "please don't bother ringing, i'll be gone".
    r"\bi('ll| will) be gone(\s*(\||$)| by the time (you|anyone|they|someone) (read|reads|get|gets|see|sees))|\b(not sure|don't know if|doubt) i('ll| will) (still )?be (here|around|alive) (next week|tomorrow|by (the weekend|friday|christmas|then))\b",
    // Drawn back to a height: "i keep going to the railway bridge at night", "i've been
    // looking at how high the bridge is", "a one way ticket to beachy head".
    r"\b(keep|kept|been) going (to|up to) the ((railway|motorway|old|rail) )?(bridge|cliffs?|viaduct|multi storey|car park roof|quarry) (at night|every night|on my own|alone)\b|\blooking at how (high|tall|deep|far down) the (bridge|cliff|drop|building|car park|multi storey|viaduct) is\b|\bone way ticket to (beachy head|the cliffs)\b",
    // Waiting for leave to die; no problem after tonight: "it's like i'm waiting for
    // permission to die", "after tonight i wont be a problem for anyone".
    r"\bwaiting for (permission|the right moment|the right time) to (die|end it|do it|go)\b|\b(after tonight|after today|after this week|soon) i (won't|will not) be a (problem|burden|bother) (for|to) (anyone|anybody|you|them|everyone)\b|\beveryone('ll| will) be better off soon\b",
    // Not waking hoped for or shrugged at: "part of me hopes i don't wake up", "wouldnt
    // bother me if i didnt wake up tbh".
    r"\b(hope|hopes|hoping) i (don't|won't|never) wake up\b|\b(wouldn't|would not) (bother|matter to) me if i (didn't|never|don't) wake up\b",
    // No reason to go on: "i dont see any reason to keep going".
    r"\b(don't|do not|can't|cannot) see (any|a|the) (reason|point) (to|in) (keep going|keeping going|carry on|carrying on|go on|going on|keep living|living|live|be here|being here)\s*(\||$)",
    // Tonight as the night: "tonight feels like the night i end things".
    r"\b(tonight|today|this weekend|friday|saturday|sunday) (feels like|is|will be|might be) the (night|day) i (end|finish|do) (it|things|everything|it all)\b",
    // Weary of being alive: "i'm exhausted by being alive".
    r"\b(exhausted|tired|sick|worn out|weary) (by|of|from) (being alive|existing|life itself)\b",
    // Ways looked into: "does it hurt to bleed out", "i looked up which tablets stop your
    // heart".
    r"\bdoes it hurt to (bleed out|hang yourself|drown|jump)\b|\b(looked up|googled|searching|searched|researched) (which|what) (tablets|pills|meds) (stop your heart|would kill|are lethal|would stop my heart)\b",
    // Pills held: "some nights i sit with the pills in my hand".
    r"\b(sit|sat|sitting) with (the|my|all my|all the) (pills|tablets) in my hands?\b",
    // Plain wishes and weariness, said every way (thirty-first session: the lexicon had left
    // these to the backstop): "wish i wasnt born", "i cba with life anymore".
    r"\b(wish|wishing|wished) (i )?(wasn't|was not|had never been|hadn't been|'d never been|was never|never was|were never) born\b|\b(cba|can't be bothered|cannot be bothered|can't be arsed|cannot be arsed) (with |wiv )?(life|living|being alive|existing|to live|to be alive)( anymore| any more| now)?\b",
    // As a learner of English says it: "i not want to live more", "no reason for living
    // more", "i am thinking for to finish my life".
    r"\bi (not|no) want (to )?(live|be alive|be here|exist)\b|\bno reason (for|to) (living|live|keep living|keep going|go on|carry on|carrying on|be alive|being alive)( more| anymore| any more| tbh)?\s*(\||$)|\bto finish (my life|myself|my own life)\b",
    // Doubt about wanting to live: "i don't think i want to live anymore", "i dont think im
    // meant to be alive".
    r"\b(don't|do not) (think|feel like|know if|know whether|really|even|actually) (i )?(want|wanna) to (live|be alive|be here|exist|go on|carry on)( anymore| any more| no more|\s*(\||$))|\b(don't|do not) think i('m| am| was) (meant|supposed) to be (alive|here|on this earth)\b",
    // Hoping to be hit: "i hope i get hit by a car", "some days i wish a bus would just hit me".
    r"\b(hope|hoping|wish|wishing|pray|praying)( that)? (i|i'd) (get|got|gets|could get|would get) (hit|run over|knocked down|killed)\b|\b(wish|wishing|hope|hoping|pray|praying)( that)? (a|the) (bus|car|lorry|train|truck|van)( would| will|'d| could)( just)? (hit|run over|kill|take out|knock down) me\b",
    // Not existing wished for or made easy: "i'd like to just not exist", "it'd be so easy to
    // just not be here", "been thinking of ways to not exist", "i want to be gone".
    r"\b(want|wanna|wish|like|love) to (just )?(be gone|not exist|stop existing|not be here anymore)(\s*(\||$)| anymore| any more| tbh| honestly| for good| forever)|\bways to (not exist|not be here|stop existing|disappear for good)\b|\b(it'd|it would|would) be (easier|better|so easy|simpler|so much easier|nicer) to (just )?(not exist|not be here|stop existing|not be alive)\b",
    // "better of dead", "there's no point to me anymore".
    r"\bbetter of dead\b|\bno point (to|in) me( anymore| any more| being here| existing)?\s*(\||$)",
    // Letters left with the papers that pay out: "i wrote my kids a letter each and put them
    // with the insurance papers".
    r"\b(letters?|notes?|cards?)\b.{0,50}\b(with|next to|beside|by|in with) (the|my) (insurance|life insurance|will|funeral plan|policy)( papers| documents| policy| details)?\s*(\||$)",
    // Not back from this walk: "my bags are packed and i'm not coming back from this walk".
    r"\b(i'm|i am|i'll|i will|i won't|won't)( not)?( be)? coming back (from|after) (this|my|the|today's|tonight's) (walk|drive|swim|trip|run)\s*(\||$)",
    // Train times looked at with a thought: "i've been looking at the train times and
    // thinking about it".
    r"\b(looking at|looked at|checking|checked|googling|googled|staring at) (the )?(train times|timetables?|tide times)\b.{0,20}\b(and )?(thinking about it|thinking about doing it|wondering if i could)\s*$",
    // Gas left on in hope: "i've started leaving the gas on when i go to bed and hoping".
    r"\b(leave|leaving|left|turn|turning|turned) (the )?gas on\b.{0,40}\b((hoping|and hope)(\s*(\||$)| i (don't|won't|never|just)| i'd (not|never)| it (takes|gets|does) me| to not wake| not to wake| i fall asleep)|without lighting|and not light|so i don't wake|so i won't wake)",
    // The rope ready: "last night i had the rope ready".
    r"\b(rope|noose) (was |is |all )?(ready|tied|set up|waiting)\b",
    // Death asked of God: "i've asked god to let me die", "inshallah i won't wake up
    // tomorrow".
    r"\b(asked|asking|begged|begging|beg|ask|pray|prayed|praying|pleaded|pleading) (god|allah|the lord|jesus|the universe)( [\w']+){0,2} (to )?(let me die|take me|end my life|let me not wake up|not let me wake up)\b|\b(inshallah|god willing|please god) i (won't|don't|never) wake up\b",
    // A place chosen: "i've worked out which bridge".
    r"\b(worked out|decided|picked|chosen|chose|found) (which|the right|the best|a high enough|a tall enough) (bridge|cliff|multi storey|car park roof|drop)(\s*(\||$)| to jump| i'll jump| i'd jump| to use| i'll use| i'd use\s*(\||$))",
    // Sleep without waking: "i want to sleep and not to wake up".
    r"\b(sleep|go to sleep|fall asleep) and (not|never) (to )?wake( up)?\b",
    // Not waking would be fine: "tbh if i dont wake up tmrw thats fine".
    r"\bif i (don't|didn't|never) wake up( (tomorrow|tomorrow morning|in the morning|tonight))?( i'd be| that's| that would be| it'd be| it would be| i would be) (fine|ok|okay|relieved|a relief|glad|happy)\b",
    // Leaving life: "ready to log out of life permanently", "done pretending, im checking out
    // for good".
    r"\b(log|logging|logged|check|checking|checked|clock|clocking) out of (life|this life|existence)\b|\b(checking|check) out (for good|permanently)\b",
    // Not planning to be around: "not planning on being around much longer".
    r"\b(not|don't|won't|never) (planning on|plan on) being (around|alive)\b|\b(not|don't|won't|never) (planning|plan|intending|intend) to be (around|alive)\b",
    // Everyone fine if I died: "everything would be fine if i just died".
    r"\b(everything|everyone|everybody|it all|life) would be (fine|better|easier|okay|ok|so much better|so much easier) if i (just )?(died|was dead|were dead|wasn't here|was gone|wasn't around|disappeared)(\s*(\||$)| anymore| any more| tomorrow| tbh| honestly)",
    // "i'm a waste of space and should just go", "i should just not be here".
    r"\bwaste of space\b.{0,30}\bshould (just )?(go|be gone|die|not be here)\b|\bi (should|ought to) (just )?(be gone|not be here|not be alive|not exist|die)\s*(\||$)",
    // An end to the pain for good: "i want to end the pain permanently".
    r"\b(want|wanna|going|gonna|need|decided|ready) to end (the|my|this) pain (permanently|for good|forever|once and for all)\b",
    // Gone for good: "i feel like disappearing for good".
    r"\b(disappear|disappearing|vanish|vanishing) (for good|forever|permanently)\b",
    // Something left on for whoever comes: "i'm leaving the porch light on for whoever
    // comes".
    r"\b(left|leaving|put|putting|keeping|kept) [\w' ]{1,40} for (whoever|whomever|the person who|anyone who) (comes|finds me|turns up|gets here)\s*(\||$)",
    // Another day hoped away: "i hope i don't have to do tomorrow".
    r"\bhope i (don't|do not|won't|will not) have to (do|face|see|get through) (tomorrow|another day|another morning)\s*(\||$)",
    // No burden much longer: "i won't be a burden on the nhs much longer".
    r"\b(won't|will not|wont|not going to) be (a burden|a drain|a problem|a weight|in the way|a nuisance|a bother)( (on|to|for) [\w' ]{1,25})? (much|any) longer\s*$",
    // Peace chosen for tonight: "i'm choosing peace tonight".
    r"\b(choosing|chose|choose|picking) (peace|rest|sleep|the quiet|to rest|to sleep|to go)( tonight| now| today| at last| finally)\s*$",
    // Where one is to lie: "i've asked to be buried next to my dad".
    r"\b(asked|want|wants|wanted|arranged|would like|'d like) to be (buried|cremated|laid to rest)( (next to|beside|with|near) (my|her|his) \w+)?\s*(\||$)",
    // Done before it is read: "by the time anyone reads this it'll be done".
    r"\bby the time (anyone|you|someone|they|my \w+) (reads?|sees?|finds?|gets?) this\b.{0,20}\b(it'll|it will|i'll|i will|everything will) (be (done|over|gone|finished|too late)|have happened)\b",
    // Those left said to be fine, as ever: "my family will be fine | they always land on
    // their feet".
    r"\b(my family|they|everyone|the kids|my kids|she|he)('ll| will) be (fine|ok|okay|alright)( without me)?\s*\|\s*(they|she|he) (always )?(land|lands|bounce back|bounces back|manage|manages|cope|copes)( on (their|her|his) feet)?\s*(\||$)",
    // Clothes bought ahead in bigger sizes, with no reason: "i've been buying the kids extra
    // clothes in bigger sizes".
    r"\bbuying (the kids|my kids|them|her|him) (extra )?(clothes|shoes|uniforms|school uniform)( [\w']+){0,3} in (bigger|the next|older) sizes?\s*$",
    // One last thing and that is all: "i'm having one last bath, then that's it".
    r"\bone (last|final) (bath|walk|cuddle|hug|look|kiss|sunset|night)( [\w']+){0,4}( \|)? (and|then) (that's|that is) it\s*$",
    // Remembered as not bad: "i want someone to know i wasn't a bad person".
    r"\b(want|wanted|need) (someone|somebody|people|everyone|you|them|my \w+) to know (that )?i (wasn't|was not|never was|was never) (a bad person|all bad|a bad \w+|a monster)( really| honestly| deep down)?\s*(\||$)",
    // Death looked forward to: "i'm not scared of dying anymore, i'm looking forward to it".
    // (Not "the dark", which is also a fear overcome: it is blanked as one.)
    r"\bnot (scared|afraid|frightened) of (dying|death|it|the end)( anymore| any more| now)?\b.{0,20}\b(looking forward to|welcome|ready for|can't wait for) it\b",
    // Things given away bit by bit: "i've been giving my plants away one by one".
    r"\b(giving|given|gave) (my|all my) (plants|things|stuff|books|clothes|records|belongings|jewellery|games|possessions) away( one by one| bit by bit| slowly| gradually)\s*$",
    // Told first, as the one who listened: "you've been the only one who listened, so you
    // should know first".
    r"\b(only one|only person) (who|that) (listened|listens|understood|cared|gets it)\b.{0,20}\byou should (know|hear|be told) first\b",
    // Cards for the birthdays one will miss: "a card for every birthday until she's 18".
    r"\b(card|cards|letter|letters|present|presents) for (every|each|all (her|his|their|the)) (birthday|birthdays|christmas|christmases)( until| till| up to) (she's|he's|they're|she is|he is|they are) \d+\b",
    // Found when one stops answering: "he'll come when i don't answer".
    r"\b(he'll|she'll|they'll|he will|she will|someone will|they will) (come|check|come round|let (himself|herself|themselves) in) (when|if|once) i (don't|do not|stop) (answer|answering|reply|replying|pick up|picking up)\s*(\||$)",
    // One's own funeral dressed for: "i got a new suit for the funeral | my own".
    r"\bfor (the|my) funeral\s*\|\s*my own\b|\bfor my own funeral\b",
    r"\bgoodnight and goodbye\b",
    // One's story written so others understand: "i've written my story down so people
    // understand why".
    r"\b(written|wrote|writing|put) (my story|it all|everything|my reasons)( down)? so (people|they|everyone|my \w+|you) (understand|know|can understand|will understand|get) why\s*(\||$)",
    // Nothing left for others to clear: "so nobody has to clean up after me".
    r"\bso (nobody|no one|noone|they|my \w+|no one else)( has to| have to| needs to| will have to|'ll have to) (clean up|sort out|deal with|clear up|tidy up) (after me|my mess|my things|my stuff)\s*(\||$)",
    // The running of the house taught: "i've taught my daughter how to do the boiler and the
    // bins" (as the whole reply).
    r"\b(taught|shown|showed) (my \w+|him|her|them) how to (do|work|use|sort|run|pay) (the )?(boiler|bins|bills|meter|fuse box|finances|banking|mortgage|gas|heating) and (the )?\w+\s*$",
    r"\bnot going anywhere (you'd|you would|you could|anyone could|they'd|they could) find on a map\b",
    // No more worry over one's scores: "you won't need to worry about my scores anymore".
    r"\b(you )?(won't|will not|wont|don't|do not) (need|have) to worry about (my scores|my results|my answers|me|my \w+) (anymore|any more)\s*$",
    // A pet given away, with nothing after: "i've given the guinea pigs to the school".
    r"\b(given|gave|giving) (away )?(the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse|guinea pigs?|hamsters?|gerbils?|tortoise|snake|birds?|chickens) (away )?to (my|the|a|our) \w+( \w+)?\s*$",
    // A last sight: "last time i'll see the sea".
    r"\b(the )?last time i('ll| will) (ever )?(see|hear|smell|walk on|feel) (the sea|the sun|the stars|the beach|the hills|the sunrise|the sunset|my \w+|them|her|him)\s*(\||$)",
    // A message timed for after: "i've set an email to send to my family on saturday".
    r"\b(set|scheduled|timed|queued) (up )?(an |a )?(email|message|text|post|letter)s? to (send|go out|be sent)( [\w']+){0,3} to (my family|everyone|my (kids|wife|husband|mum|dad|partner|parents|friends|sister|brother))( on \w+( morning| afternoon| evening| night)?| tomorrow( morning)?| tonight| at \w+)?\s*(\||$)",
    // A phone or an account set to send word later: "i've set my phone to send a message to
    // my brother at 9 tomorrow".
    r"\b(set|scheduled|timed|programmed|set up) (my|the) (phone|laptop|computer|email|emails|account) to (send|post|email|text) (a |an |my )?(message|email|text|letter|post)s?( [\w']+){0,3} to (my family|everyone|everybody|my \w+|her|him|them)( at \w+( ?(am|pm|o'clock))?)?( (tomorrow|tonight|in the morning|on \w+)( morning| afternoon| evening| night)?)?\s*(\||$)",
    // A last picture left to remember by: "i posted one last photo of me and the kids,
    // wanted them to have a nice one to remember"; "something to remember me by".
    r"\b(one|a|my) (last|final) (photo|picture|pic|selfie|video|post)\b.{0,60}\b(want|wanted|so) (them|the kids|my \w+|everyone|people|her|him) (to )?(have|has|keep) [\w' ]{1,25} to remember( me( by)?)?\s*(\||$)|\bsomething to remember me by\s*(\||$)",
    // Cards for every year ahead: "i've written my son a birthday card for every year until
    // he's 18".
    r"\b(cards?|letters?|presents?|gifts?|messages?|notes?) for (every|each) (year|birthday|christmas)( until| till| up to)? ((he's|she's|they're|he is|she is|they are)|(he|she|they) (turns?|reaches?)) (\d+|eighteen|twenty one|twenty|an adult|grown up)\b",
    // Spared from one after a time: "after tonight nobody will have to put up with me".
    r"\b((after|from|past) (tonight|today|tomorrow|this week|this weekend|\w+day)( \|)? |soon( \|)? )(nobody|no one|noone|none of you|you|they|everyone|my \w+)( will|'ll| won't| will not| wont)( ever)? (have to|need to) (put up with|deal with|worry about|look after|cope with|carry|listen to) me( (again|anymore|any more|ever again))?\s*(\||$)|\b(nobody|no one|noone|none of you|they|everyone|my \w+)( will|'ll)( ever)? (have to|need to) (put up with|deal with|look after|cope with|carry|listen to) me (again|anymore|any more|ever again)\s*(\||$)",
    // Music for one's end: "i've made a playlist for the end".
    r"\b(made|making|chosen|picked|put together|sorted) (a |my |the )?(playlist|songs|music)( [\w']+){0,2} for (the end\s*(\||$)|(my funeral|when i'm gone|after i'm gone|my send off)\b)",
    // Peace for good: "i'm finally going to get some peace, for good".
    r"\b(get|have|find|be at) (some )?peace( and quiet)?( \|)? (for good|forever|for ever|permanently)\s*(\||$)",
    // Going under in the bath: "thought about not getting out of it | like just going under".
    r"\b(bath|water|sea|river|lake|canal)\b.{0,60}\b(thought about|thinking about|think about|wanted to|want to|wanting to|tempted to|like just|just)( just)? (not getting out|go(ing)? under|stay(ing)? under|not com(e|ing) (back )?up|slip(ping)? under)( and [\w' ]{1,30})?\s*(\||$)",
    // A sign owned past a denial: "i wouldn't say i'm suicidal but i've written a note".
    r"\b((not|wouldn't say i'm|wouldn't say i am|i'm not|i am not|not really|not exactly) (suicidal|going to kill myself)|(not going to|won't|not gonna|wouldn't) (do|try) anything( tonight| today| yet| now)?)\b.{0,30}\bbut\b( [\w']+){0,3} (thought about how|worked out how|know how i('d| would)|planned (it|how)|(have|got|made) a plan|written (a|my) (note|letter)|got the (tablets|pills|rope))\b",
    // Tablets on one's mind, said after "fine": "i'm fine, honestly | i've just been thinking
    // about the tablets a lot".
    r"\b(keep|been|i'm|always|can't stop|keeps) thinking about ((the|those|all my|all the|all those) (tablets|pills)|my stash)( a lot| all the time| constantly| again| loads)?\s*$",
    // Changed one's profile to a goodbye: "changed my bio to 'gone'".
    r"\b(changed|set|updated|made) my (bio|status|profile|display name|name)( on [\w]+)? (to|say|saying|as) (gone|goodbye|bye|rip|farewell|not here|no longer here|the end|offline forever|logged off for good)\s*(\||$)",
    // Where everything is, written for one left: "i've written down where everything is for
    // my husband | the bills | the insurance".
    r"\b(written|wrote|writing|put) down where everything is( for (my \w+|her|him|them|the kids))?\s*(\||$)",
    // Sorry for what is left: "i'm sorry for the mess i'm leaving behind".
    r"\b(sorry|apologise|apologies) (for|about) (the|all the|this) (mess|trouble|pain|hurt|grief|heartache)( that)? i('m| am| will be|'ll be) leav(ing|e)( behind| you with| them with| you all with)?\s*(\||$)",
    // Silence foretold: "tomorrow you'll get no reply from me | and that's ok"; "when you
    // don't hear from me, you'll know".
    r"\b(tomorrow|after (tonight|today)|from tomorrow)( \|)? you('ll| will)? (get|have|hear) no (reply|answer|response|word) from me( \| (and )?(that's|that is|it's|it is) (ok|okay|fine|alright|for the best))?\s*$|\b(when|if) you (don't|do not|stop) hear(ing)? from me( [\w']+){0,3}( \|)? you('ll| will) know\s*(\||$)",
    // Dressed to be found: "i've chosen which dress i'll be found in".
    r"\b(which|what) (dress|clothes|outfit|suit|pyjamas|top|shirt|jumper) i('ll| will|'d| would|'m going to) be found in\b|\bi('ll| will|'d| would|'m going to|want to) be found in (this|that|my|the) (best )?(dress|clothes|outfit|suit|pyjamas)\b",
    // A last time decided: "i've decided this is my last week".
    r"\b(i've|i have) decided (that )?(this|today|tonight|this week|tomorrow|sunday|friday)( is|'s| will be|'ll be) (my|the) (last|final) (week|day|night|one|time|weekend)\s*(\||$)",
    // The road's end: "this is the end of the road for me".
    r"\b(this is|it's|that's|i've reached|i have reached|i'm at|i am at) the end of the (road|line) for me\s*(\||$)",
    // Papers put by for one left: "put the logbook in an envelope for my son".
    r"\b(put|left|placed) (the|my) (logbook|log book|will|deeds|papers|paperwork|bank cards|documents|passwords|pin numbers|insurance papers)( [\w']+){0,3} (in an envelope|in a folder|in a box|on the table|on the side) for (my \w+|her|him|them|the kids)\s*(\||$)",
    // A keepsake to take along: "i've taken a photo of the kids to take with me".
    r"\b(photo|picture|pic|photos|pictures|letter|letters|teddy|ring|necklace)( of [\w' ]{1,20})? to take with me\s*(\||$)",
    // Forgiveness asked ahead: "to ask for forgiveness for what i'm about to do".
    r"\b(sorry|forgive me|forgiveness|forgiven|apologise|apologies)\b.{0,30}\b(what i('m| am) (about|going) to do|what i('ve| have) (decided|planned) to do)\b",
    // Messages for days one will miss: "a video message for my daughter's wedding day".
    r"\b(recorded|recording|made|written|wrote|left)( a| some)? (video|videos|message|messages|letter|letters|voice note|voice notes)( message| messages)? for (my|his|her|their) (\w+'s )?(wedding( day)?|future|when (he|she|they) (grow|grows) up)\s*(\||$)",
    // The same for when they are older, as the last word ("i've recorded a video for each of
    // the kids to watch when they're older"; not "... when they're older | it's so cute").
    r"\b(recorded|recording|made|making|written|wrote|writing|left|leaving|filmed|filming)( a| some| one)? (video|videos|message|messages|letter|letters|voice note|voice notes|recording|recordings)( message| messages)? for (my|his|her|their|the|each of (the|my)|both of (the|my)) (\w+'s |\w+ )?(to (watch|read|open|hear|listen to|keep|have) )?(when|once) (he|she|they|he's|she's|they're) (is |are )?(older|grown up|bigger|an adult|adults|grown|18|eighteen|21|old enough)\s*$",
    // Savings not needed: "no point saving for retirement | i won't need it".
    r"\b(retirement|pension|savings|saving|the future|old age)\b.{0,30}\bi (won't|will not|wont) (need|be needing|get to use|see|be around for) (it|one|them|any of it)\s*(\||$)",
    // The same after "no point saving", whose "no" would deny the clause it opens (the idiom
    // "point saving" is blanked to "_").
    r"\b(no|not much|little)\s+(point|sense|use|_)\s+(in\s+)?(saving\s+|paying in\s+|putting money aside\s+)?(for\s+)?(retirement|a pension|my pension|the future|old age)\s*\|\s*i (won't|will not|wont) (need|be needing|get to use|be around for) (it|one|them|any of it)\s*(\||$)",
    // A card and its pin given away: "i gave my brother my bank card and pin and told him
    // to use it".
    r"\b(gave|given|giving|handed) (my \w+|her|him|them) my (bank )?card and (my )?pin( number)?\b.{0,30}\b(use it|keep it|have it|it's (his|hers|theirs))\b",
    // Funeral wishes left where they will be found: "i've left instructions for the funeral
    // on the fridge".
    r"\b(left|written|put)( clear| my)? (instructions|wishes|notes|a note|a list) (for|about) (the|my) funeral on the (fridge|table|side|door|bed|desk)\s*(\||$)",
    // The last try: "this course was my last try".
    r"\b(this|the) (course|app|programme|program|therapy) (was|is) (my|the) (last|final) (try|chance|hope|resort|attempt)\s*(\||$)",
    // Places seen a last time: "visiting all my favourite places one last time".
    r"\b(visit|visiting|visited|see|seeing|saw|went to|going to|been to) (all )?(my )?(favourite|favorite|old|special) (places|spots|haunts|walks|beaches)( [\w']+){0,3} (one|a) (last|final) time\s*(\||$)",
    // Provided for, soon: "i've changed my will to leave everything to my sister | she'll
    // need it soon".
    r"\b(will|savings|money|everything|pension)\b.{0,40}\b(she'll|he'll|they'll|she will|he will|they will) need it (soon|sooner than (she|he|they) thinks?|before long)\s*(\||$)",
    // A long trip told to the children, said bare: "i've told the kids i'm going on a long
    // trip".
    r"\b(told|telling) (the kids|my (kids|children|son|daughter|boys|girls|family)|them|everyone) (that )?i('m| am) going (on|away on) a (long|very long|big) (trip|journey|holiday)\s*$",
    // A time when no one is home: "i've planned it for when my husband's at work".
    r"\b(planned|planning) it (for )?(when|while) (my \w+('s| is)?|he's|she's|they're|everyone's|the kids are|nobody's|no one's) (at work|out|away|asleep|at school|on holiday|at the shops|not (in|home|here))\s*(\||$)",
    // Everything never said: "i wrote my mum a card saying everything i never said".
    r"\b(saying|telling (her|him|them)|to say) (everything|all the things) i (never said|never told (her|him|them)|couldn't say|never got to say)\b",
    // A last day with those one loves: "i've had a lovely last day with the dog".
    r"\b(my|a|our|the) (lovely |nice |good |perfect |final )?last day with (the dog|the cat|my (dog|cat|kids|children|son|daughter|wife|husband|partner|mum|dad|family|boys|girls|horse)|the kids)\s*(\||$)",
    // Things set out, but not to be used: "i've set out my clothes for tomorrow but i won't
    // be wearing them".
    r"\bbut i (won't|will not|wont) be (wearing|needing|using|eating|reading|opening|there for) (them|it)\s*$",
    // The letters rehearsed: "i've been practising what to write in the letters".
    r"\b(practising|practicing|drafting|planning|working out) what to (write|say) in (the|my) (letters|letter|note|notes)\s*(\||$)",
    // Over by this time tomorrow: "this time tomorrow it'll all be over".
    r"\b(this time tomorrow|by this time tomorrow|by tomorrow|by tonight|by the morning|by morning|this time next week|by next week|by the weekend|by the end of the week)( \|)? (it'll|it will|everything will|it's going to|it is going to|i'll|i will)( all)? be (over|done|gone|finished)\s*$",
    // The last wages sent home: "i've asked work to pay my last wages to my wife".
    r"\b(last|final) (wages|pay|paycheque|payslip|salary)\b.{0,20}\bto (my \w+)\s*(\||$)",
    // Things given away, not needed: "because i won't need them".
    r"\bbecause i (won't|will not|wont) (need|be needing|be using|be wearing) (them|it|any of (it|them))( anymore| any more| again)?\s*(\||$)",
    // Someone sent to find: "told my neighbour to check on the house on sunday | she'll know
    // what to do".
    r"\bcheck on (the house|the flat|me|the place)( on \w+| tomorrow| in the morning)?( \|)? (she'll|he'll|they'll|she will|he will|they will) know what to do\s*(\||$)",
    // A last night spent: "i'm going to spend my last night watching my favourite film".
    r"\b(spend|spending|spent) my (last|final) (night|evening|day) (watching|listening to|reading|with (the|my) (dog|cat|kids|cats|dogs))\b( [\w']+){0,3}\s*$",
    // Things laid out for someone: "i've laid everything out neatly on the bed for my sister".
    r"\b(laid|set|put|left) (everything|all my (things|stuff|clothes)|it all)( out)?( neatly| tidily)? on the (bed|table|floor|side) for (my \w+|her|him|them)\s*(\||$)",
    // The app as the last one told: "you were the last thing i wanted to check in with".
    r"\b(you were|you're|you are|this is|this was) the last (thing|one|person|place) i (wanted|want|needed|had) to (check in with|talk to|speak to|tell|say goodbye to)\b",
    // A phone left open for those left: "leaving my phone unlocked so they can get the photos".
    r"\b(leaving|left|leave) my (phone|laptop|ipad|computer) unlocked so (they|my \w+|someone|everyone) (can|could) (get|have|see|find|keep)\b",
    // An account emptied into another's: "i've emptied my bank account into my son's".
    r"\b(emptied|cleared out|transferred all( of)?|moved all( of)?|transferred the last of|moved the last of|sent the last of) (my|the) (bank account|savings|account|money|isa)( [\w']+){0,2} (into|to|over to) (my \w+'s|my \w+|her|his|their)( account)?( tonight| today| now)?\s*(\||$)",
    // Care given a last time: "i've fed the fish for the last time".
    r"\b(fed|walked|hugged|kissed|tucked in|cuddled|said goodnight to|played with|stroked) (the|my) (fish|dog|dogs|cat|cats|kids|children|son|daughter|boys|girls|baby|rabbit|horse|wife|husband|partner) for the (last|final) time\s*(\||$)",
    // A fixing point tested: "i've tested how much weight the banister can take".
    r"\b(tested|testing|test|checked|checking|check|worked out) how much weight (the |a )?(banister|bannister|loft hatch|beam|rail|railing|hook|door frame|pull up bar|curtain rail|light fitting)( [\w']+){0,2} (can take|can hold|would hold|will hold|takes|holds)\b|\b(tested|testing|test|checked|checking|check)( whether| if)? (the |a )?(banister|bannister|loft hatch|beam|rail|railing|hook|door frame|pull up bar|curtain rail|light fitting)( [\w']+){0,3} (can take|can hold|would hold|will hold|takes|holds|hold|take) (my weight|me|a person)\b",
    // Part of one planning: "part of me is planning it".
    r"\bpart of me( is| has been| keeps|'s) planning (it|this|how)\b",
    // Music for after: "i've made a playlist for my mum to play afterwards".
    r"\b(playlist|songs|music)( [\w']+){0,4} to play (afterwards|after i'm gone|when i'm gone|at the funeral|at my funeral)\s*(\||$)",
    // Who will have the pets, said bare: "i've sorted who will look after the dog".
    r"\b(sorted|arranged|decided|worked out) who('ll| will) (look after|have|take|feed|walk) (the|my) (dog|dogs|cat|cats|pets?|kids|children|fish|rabbit|rabbits|horse)\s*(\||$)",
    // Keys returned with a note: "i put the house keys through my ex's door with a note".
    r"\b(put|posted|pushed|dropped|left) (the|my) (house |front door |door )?keys? (through|in|under) (my \w+'s|her|his|their|the) (door|letterbox|letter box)( [\w']+){0,2} with a (note|letter)\s*(\||$)",
    // Something finished before an unnamed end: "wanted it done before".
    r"\b(wanted|needed) (that|it|everything) (done|finished|sorted) before\s*$",
    // A height looked up: "how many storeys you need to fall from".
    r"\bhow (many|high|far)( storeys| stories| floors| metres| meters| feet)? (you|you'd|i'd|a person|someone) (need|needs|would need|have|has) to (fall|jump|drop)( from)?\b",
    // Only one thing keeping one here: "if i didn't have the dog i'd be gone by now".
    r"\bif (i didn't have|it wasn't for|it weren't for|not for) (the|my) (dog|dogs|cat|cats|kids|children|son|daughter|mum|dad|mam|nan|pets?|boys|girls)( [\w']+){0,2}( \|)? (i'd|i would) (be gone|not be here|have gone|have done it|be dead)( by now| already| long ago)?\s*(\||$)",
    // A funeral paid for, for others: "i've paid for my funeral so nobody has to".
    r"\b(paid for|sorted|planned|arranged) my (own )?funeral so (nobody|no one|noone|my \w+|they|the kids|my family) (has|have|doesn't have|don't have|won't have|will not have) to\b",
    // Love to be remembered as past: "i hope my son grows up knowing i loved him".
    r"\b(hope|hoping) (my \w+|the kids|they|she|he) (grows?|grow) up knowing (that )?i loved (him|her|them)\b",
    // Not wanting to be here, in slang: "i'm not tryna be here no more".
    r"\b(don't|do not|not|ain't) (want|wanna|trying|tryna|wanting) (to )?be here (no more|anymore|any more|much longer|for much longer)\b",
    // Funeral wishes, with no fuss: "i don't want a fuss | just cremation | no service".
    r"\bi (don't|do not) want a (fuss|funeral|service)\b.{0,30}\b(cremation|cremated|burial|buried|no service|no funeral)\b|\b(i want|i'd like) (a )?(cremation|to be cremated|a burial|to be buried)( [\w']+){0,3}( \|)? no (service|funeral|fuss)\b",
    // A message left with the app for those who ask: "if my mum asks | tell her i tried my
    // best".
    r"^(if [\w' ]{1,20} asks? \| (please )?(tell|let) (her|him|them)|(please )?(tell|let) (my (mum|dad|kids|children|family|wife|husband|partner|son|daughter|sister|brother|parents|boys|girls)|everyone))( know)?( that)? i (really )?(tried|did) my (best|hardest)\s*$",
    // Debts kept from those left: "everything's paid off so nobody's left with my debts".
    r"\bso (that )?(nobody|no one|noone|none of them|my \w+|the kids|my family|they|she|he)( is|'s|'re| are| will be|'ll be| gets?| has to| have to| ends up| end up)? (left|stuck|lumbered|saddled|left paying( for| off)?|paying( for| off)?) (with )?(my|any of my) (debts?|bills|mess|funeral|loans?)\s*(\||$)",
    // Bills paid ahead so others are covered ("the vet bills are paid up till next year so
    // the dog's covered"): "i've topped up the gas and electric for a few
    // months so they're ok".
    r"\b(topped up|paid|put money on|paid ahead|paid up)( [\w' ]{1,30})? (for (a few|the next|several|\w+) (months|weeks)( ahead)?|(up )?(till|until|to) (next year|the end of the year|next spring|next summer|christmas|\w+ next year)) so (they're|they are|they'll be|she's|he's|she'll be|he'll be|(my|the) \w+('s| is| are|'re| will be|'ll be)) (ok|okay|alright|fine|sorted|covered|looked after)\s*$",
    // A pet's things left ready with someone's number: "the cat's carrier and food are by
    // the front door with my sister's number".
    r"\b(the )?(cat's|dog's|cats'|dogs'|cats|dogs) (carrier|bed|lead|food|bowl|things|stuff)( and [\w' ]{1,20})?( are| is|'re|'s) (by|at|on|near) the (front |back )?door\b.{0,30}\b(number|phone number|details)\s*(\||$)",
    // Grateful for a life as past: "i'm grateful for the time i had".
    r"\b(grateful|thankful) for the (time|years|life) i('ve)? had\s*(\||$)",
    // A last day welcomed: "would be nice for my last day".
    r"\b(nice|good|lovely|perfect|fitting) (for|on) my (last|final) day\s*(\||$)",
    // A last wish: "my last wish is that my kids stay together".
    r"\bmy (last|dying|final) wish (is|would be|was)\b",
    // A memory left on purpose: "wanted today to be one they remember me by".
    r"\b(something|one|a day|today|a memory|this|that)( [\w']+){0,3} (they|she|he|the kids|my \w+|everyone|you)( can | will | could | would |'ll | )remember me by\s*(\||$)",
    // Food and a way out left for a pet: "i gave the cat extra food and left the window open
    // for her".
    r"\b(gave|left|put out) (the|my) (cat|dog|cats|dogs) (extra|loads of|plenty of|enough) (food|biscuits)\b.{0,40}\b(left|leaving) the (window|door|cat flap|back door) open( for (her|him|them))?\s*$",
    // Withdrawn so others get used to it: "i've stopped replying to people, easier for them
    // to get used to it".
    r"\b(stopped|stopping) (replying|answering|texting|talking|messaging|seeing)( to)? (people|anyone|everyone|my (friends|family|mates))( \|)? (it's |it'll be |it is )?easier for (them|everyone|people|my \w+) to get used to (it|me not being (here|around))\s*(\||$)",
    // Calm about dying, and scared by it: "i'm scared of how calm i feel about dying".
    r"\b(scared|worried|frightened) (of|by|about) how (calm|peaceful|at peace|ok|okay|relaxed|fine) i (feel|am) about (dying|death|ending it|killing myself|not being here)\b",
    // Out of options after all was tried: "nothing's worked | i'm out of options".
    r"\bnothing('s| has|s)? (worked|helped)\s*\|.{0,60}\b(out of options|no options left|no other options|run out of options)\s*(\||$)",
    // Keys and a note left: "ive left the car keys and a note on the mat".
    r"\b(left|leaving|put) (the|my) (car |house |door |spare |front door )?keys and (a|my|the) (note|letter)( on the (mat|doormat|side|table|kitchen table|bed)| by the door)?\s*(\||$)",
    // Praise sent as past: "tell jake he was the best brother anyone could have".
    r"\b(tell|let) (\w+|my \w+|them|her|him)( know)?( that)? (he|she|they) (was|were) the best (\w+ )?(anyone|anybody|i) could (have|ask for|have asked for|wish for)( had)?\s*(\||$)",
    // Others relieved after one: "i think they'll all be relieved honestly".
    r"\b(they'll|they will|everyone will|everyone'll|they'd|they would|everyone would|my family will|my family would|they'll just)( all)? be (relieved|better off|happier|glad)( honestly| tbh| really| in the end)?\s*(\||$)",
    // Searches and messages cleared: "i've cleared my search history and my messages".
    r"\b(cleared|deleted|wiped|erased) (my|all my) (search|browser|browsing|internet|google) history and (my|all my) (messages|texts|chats|emails)\s*(\||$)",
    // "at least the pain will stop".
    r"\bat least the pain( will|'ll| would|'d) (stop|end|be over|go away)( then| for good)?\s*(\||$)",
    // Photos put together for another to keep: "i put all my photos in an album for my mum to
    // keep".
    r"\b(put|sorted|collected|gathered|printed) (all )?my (photos|pictures|things|letters|diaries)( [\w']+){0,4} for (my \w+|her|him|them|the kids) to (keep|have)\s*$",
    // A way out found: "i've finally found a way out that works".
    r"\b(finally )?(found|worked out|figured out) (a|the|my) way out( that( works| will work|'ll work))?\s*(\||$)",
    // All he will need to know, written down: "i've written my husband a list of everything
    // he needs to know about the bills".
    r"\b(written|wrote|made|left|put together) ((my \w+|him|her|them) )?a list of (everything|all) (he|she|they|you)( needs?| will need|'ll need) to know( about [\w' ]{1,30})?\s*(\||$)",
    // A message for each child: "i've recorded a voice note for each of the kids".
    r"\b(recorded|recording|made|making|written|wrote|left) (a )?(voice note|voice notes|video|videos|message|messages|letter|letters|card|cards) for (each of|all of|every one of|each one of) (the kids|my kids|my children|them|my family|my grandchildren)\s*(\||$)",
    // Others' care handed on, said as all: "i've asked my brother to be there for mum".
    concat!(
        r"\b",
        care_handed_on!(),
        r" (mum|dad|nan|my \w+|the kids|everyone)( for me)?\s*$"
    ),
    // One's headstone: "i hope they put something nice on my headstone".
    r"\b(hope|want|would like|'d like)( [\w']+){0,4} (on|for) my (headstone|gravestone|grave|tombstone)\b",
    // What one will miss most: "i'll miss the kids the most".
    r"\bi('ll| will) miss (the kids|my kids|my children|my (wife|husband|partner|mum|dad|family|dog|cat|son|daughter)|them|everyone|you all)( the most| most of all)\s*(\||$)",
    // Others able to manage without one now: "my son's old enough to cope without me now".
    r"\b(old enough|grown up enough|big enough|strong enough) to (cope|manage|be ok|be okay|get by|be fine|survive) without me( now)?\s*(\||$)",
    // The last good thing: "they were the last good thing".
    r"\b(they|these|those|this|it|you|these weeks|this course|the course|the app|this app|steady)( were| was| are| is| have been|'ve been| has been|'s been) the last good thing( in my life| i had| i'll have| i'll ever have)?\s*(\||$)",
    // A present left ready with a card: "i've left her present wrapped in the wardrobe with
    // a card".
    r"\b(left|leaving|put) (her|his|their|my \w+'s|the kids'?) (presents?|gifts?|birthday presents?)( wrapped| ready)( [\w']+){0,5} with (a|the) (card|letter|note)\s*(\||$)",
    // A goodbye relayed: "please tell the group i said bye".
    r"\b(tell|let) (the group|everyone|them|the team|the others|my \w+)( know)? (that )?i said (bye|goodbye)( from me)?\s*$",
    // No more room taken: "i'm going to stop taking up space".
    r"\b(stop|stopped|stopping) taking up (space|room|air|oxygen)( on this earth| on the planet| in the world| here)?\s*(\||$)",
    // A last walk and that's all: "one last walk with the dog and that's me".
    r"\bone (last|final) (walk|cuddle|hug|look|kiss|sunset|night)( [\w']+){0,4} (and|then) (that's|that is) me\s*(\||$)",
    // Silence explained ahead: "if you don't hear from me it's because it worked".
    r"\bif (you|u) (don't|do not|dont) hear from me( again)?\b.{0,20}\b(it's|it is|it'll be|its) because (it worked|i did it|i went through with it|i've gone|i'm gone|i'm not here)\b",
    // The last of a day known: "it's weird knowing this is the last sunday".
    r"\b(knowing|know|knew) (this|today|tonight) (is|will be|was) (the|my) last (sunday|monday|tuesday|wednesday|thursday|friday|saturday|day|night|weekend|christmas|birthday|time)\s*(\||$)",
    // Sorrow for what is left, sent through another: "tell my mum i'm sorry about the mess".
    r"\b(tell|let) (my \w+|them|her|him|everyone)( know)?( that)? (i'm|i am) sorry (about|for) (the mess|leaving (her|him|them|you)( like this)?|all of this|what i('ve| have) done|what i did)\s*$",
    // Sorry to whoever deals with what is left: "i'm sorry to whoever has to deal with my
    // account after".
    r"\b(sorry|apologies) to (whoever|whomever|the person who|anyone who|the one who)( has to| will have to| needs to|'ll have to| gets to) (deal with|sort out|clear up|clean up|find|go through|handle)( [\w']+){0,3} (after|afterwards|when i'm gone|once i'm gone)\s*(\||$)|\b(sorry|apologies) to (whoever|whomever|the person who|anyone who|the one who)( finds| has to find| will find|'ll find) me\b",
    // A last day, said as good: "today was a good last day".
    r"\b(today|it|this)( was| has been|'s been) a (good|nice|lovely|perfect|peaceful|decent) last day\s*(\||$)",
    // The blame lifted from the children: "please make sure the kids know it was never about
    // them".
    r"\bmake sure (the kids|my (kids|children|son|daughter|boys|girls)|they|she|he) (know|knows|understand|understands)( that)? (it|this|none of (it|this))( was| is| wasn't| isn't|'s) (never |not )?(about (them|him|her)|because of (them|him|her)|down to (them|him|her)|their fault|his fault|her fault)\s*(\||$)",
    // Who is not to find one: "please don't let my mum be the one to find me".
    r"\b(don't|do not|never) let (my \w+|the kids|her|him|them) (be the (one|ones|person) (to|who|that) finds? me\b|finds? me\s*$)",
    // Things cancelled as pointless now: "cancelled the dentist and the gas man, no point now".
    r"\b(cancel(led|ling)?|stopped) ((it )?all|everything|[\w'| ]{1,40} and [\w' ]{1,30})( \|)? (no point|there's no point|what's the point|none of (it|that|this) matters|it doesn't matter)( now| anymore| any more)?\s*(\||$)",
    // The journal left open to explain: "i'm leaving my journal open so they understand".
    r"\b(leaving|left|leave) (my )?(journal|diary|notes|phone|laptop)( open| unlocked| out)( [\w']+){0,3} so (they|she|he|my \w+|everyone|people|you) (understand|will understand|know why|see why|can see why|will know why)( everything| it all)?\s*(\||$)",
    // Plain sayings the backstop alone had caught (session 25), each tried against twins.
    r"\b(i'd|i would|i'll|i will|i'm|i am|i'd honestly|i would honestly)( [\w']+){0,2} (be )?(happier|better off|more at peace) (dead|in the ground|in my grave|six feet under)\b",
    r"\blife( ain't| aint| isn't| is not|'s not| isnt) worth it( anymore| any more)?\s*(\||$)",
    r"\b(so |just |completely |totally )?done (w|with) (life|living|being alive|existing|this life)\s*(\||$)",
    r"\b(research|researching|researched|looking up|looked up|googling|googled|reading up on|read up on) (ways|methods|how) to (go|die|end it|end it all|kill myself|end things|not wake up)\s*(\||$)",
    r"\b(imagine|imagining|picture|picturing|think about|thinking about|see)( [\w']+){0,3} (at|by|round|around|standing at) my (grave|graveside|funeral|coffin)\b",
    r"\b(grave|ashes|heaven|cemetery)\b.{0,40}\b(should|want to|could|going to|gonna|wanna) (join|be with) (him|her|them)\b",
    r"\b(tired|sick|exhausted|fed up) of (fighting|trying|struggling|working) to (stay alive|keep myself alive|keep living|stay here)\b",
    r"\b(there's|there is|i have|i've got|i see) no future( for me)?( so\b|\s*(\||$))",
    r"\bburden\b.{0,30}\b(should|better|need to|might as well) (just )?(go|leave|disappear|not be here)\s*(\||$)",
    r"\bif (a|the) (bus|car|lorry|train|truck|van) (hit|hits|ran over|runs over|knocked me down|knocks me down) me\b.{0,30}\b(fine|ok|okay|happy|relieved|wouldn't mind|not mind|glad|welcome it)\b",
    r"\b(don't|do not|can't|cannot|stopped|not) (see|seeing) (the |any )?point (in|of) (waking up|living|being alive|being here|going on|carrying on|existing)( anymore| any more| at all)?\s*(\||$)",
    r"\bwant (everything|it all|the world|my life) to (go|fade to|turn) (black|dark)( forever| for good| now)?\s*(\||$)",
    r"\b(starve|starving)( myself)? (until|till|til) i('m| am)? (nothing|dead|gone|die)\b",
    r"\bno (version|future) of (next year|the future|next \w+|tomorrow)( that)? (i'm|i am|with me in it|i exist) in\b",
    r"\byeet(ing|ed)? myself (off|in front of|into the (sea|river|canal|traffic|road))\b",
    r"\b(ghost|dead|invisible|gone)\b.{0,30}\bmight as well make it (official|real|permanent)\b",
    r"\b(go|going|come|coming) to (him|god|jesus|heaven) myself\b|\bgoing (home )?to (jesus|god|heaven) (tonight|today|tomorrow|soon|now)\b",
    r"\b(think|thinking|thought|imagine|imagining|want|wanted|urge|tempted)( about| of| to)? (climbing|climb|going|getting|jumping) over (the )?(railing|railings|barrier|edge|parapet|side of the bridge)\b",
    r"\b(know|picked|chosen|worked out|decided) (which|what) (bridge|building|cliff|car park|multi storey|train|tree|rope|pills|tablets)( i'd| id| i would| i'll| ill| to)( [\w']+)? (use|jump off|jump from|pick|choose|go from)( if it came to it| if it comes to it| if i had to| when the time comes)?\s*(\||$)",
    r"\b(working out|worked out|researched|researching|looked up|looking up|googled|googling|checking|checked|know|knows) (which|what) (multi storey|car park|bridge|motorway bridge|building|tower|cliff|platform)( [\w']+){0,4} (has|have|hasn't got|doesn't have) no (barriers?|railings?|fence|nets?|cameras?)\b",
    r"\b(crossing|level crossing)( that)? (isn't|is not|that's not|not|aint) manned\b|\bunmanned (level )?crossing\b",
    r"\b(stand|standing|stood) (too |really |right )?(close|near) to the (platform )?(edge|tracks)( [\w']+){0,3} on purpose\b",
    r"\bwalk(ing|ed)? in(to the (water|sea|river|canal|lake|reservoir))?( [\w']+){0,3} (with )?(my )?(coat |jacket )?pockets (full|filled)\b",
    r"\b(reservoir|river|canal|sea|lake|quarry|weir)\b.{0,80}\b(thought about|think about|thinking about|wanted to|want to|urge to) (walking|wading|going|stepping|jumping) in\s*(\||$)",
    r"\b(so |really |too )?easy to (just )?(swerve|drive|crash|steer) (into|off)\b",
    r"\b(think|thinking|thought|fantasise|fantasising|imagine|imagining) (about )?(crashing|wrapping) (my|the) car( [\w']+){0,2} (on the way (to|home)|on purpose|deliberately|into (a|the) (wall|tree|bridge|lorry|river))\b",
    r"\b(tonight|today)( might| could| will)? be (the|my) last (night|day)\s*(\||$)",
    r"\b(nobody|no one|noone) (can|will|is going to|could) stop me this time\b",
    r"\b(debts?|money|bills|mortgage)\b.{0,40}\blife insurance (would|will|could) (clear|pay|cover|sort)( them| it| everything| off)?\s*(\||$)|\b(get|gets) the (life )?insurance( money)?\b.{0,20}\bbetter off\b",
    r"\bhow long (it )?(would|will|'d) (it )?take (for )?(someone|anyone|somebody|them|people) to (find|notice) me\b",
    r"(^|\| |\bthink |\bthat |\bfeel like |\bsometimes |\bstarted to think )dying( would|'d| will) be (a )?(relief|release|easier|better|blessing|welcome)( for me| to me| honestly| tbh)?\s*(\||$)",
    r"\b(throw|threw|throwing|chuck|chucking|jack|jacking) (in the towel|it all in|it in)( [\w']+){0,2} for good\s*(\||$)",
    r"\b(thinking about|think about|thought about|planning|want to|going to) (leaving|writing|leave|write) (a )?(note|letter|letters|notes) (for|to) (my|the) (kids|children|family|mum|dad|wife|husband|partner)\s*(\||$)",
    r"\b(left|put|putting|leaving)( [\w' ]{1,40})? (by|at|on|near) the (door|side|table)( [\w']+){0,2} for (whoever|whomever|the person who|anyone who) (comes|finds|turns up|gets here)\s*(\||$)",
    // Sorry to whoever reads what is left, as the reply's last words: "i'm sorry to whoever
    // checks these" (not "sorry to whoever reads this | it's a bit of a ramble").
    r"\b(sorry|apologies) to (whoever|whomever|the person who|anyone who|the one who) (checks|reads|sees|looks at|has to (check|read|see|look at)|ends up reading) (these|this|them|it|my (entries|messages|journal|notes))\s*$",
    // The children sent away, and why left unsaid: "i've booked the kids in with my sister
    // for the weekend so they won't be here".
    r"\b(sent|booked|sending|booking|arranged for|dropped|dropping|packed) (the kids|the children|my (kids|children|son|daughter|boys|girls))( [\w']+){0,8} so (they|he|she)( won't| wouldn't| will not| would not|'re not| aren't| are not) (be )?(here|home|around|in the house|be the one to find)\s*(\||$)",
    // Consolation sent to the app's makers: "tell the people who made this app they did
    // their best".
    r"\b(tell|let) (the people|the team|the ones|everyone|whoever|the person|the lot)( who| that)? (made|make|built|wrote|write|run|runs|designed) (this|the|steady) ?(app|course|programme|thing)?( know)? (that )?(they|you|he|she)( did| tried| have done|'ve done| has done|'s done) (their|your|his|her) (best|very best|best for me)\s*(\||$)",
    // The pet's things left out for someone, with nothing after: "i've put the dog's lead
    // and food on the side for my brother".
    r"\b(put|left|leaving|putting) (the|her|his) (dog's|dogs|cat's|cats) (lead|food|bowl|bowls|bed|things|stuff|toys|vet book|blanket)( and [\w' ]{1,30})? (on the side|by the door|on the table|in the hall) for (my \w+|her|him|them|whoever|someone)\s*$",
    // Calm because the end is known: "this is the calmest i've felt in ages, now i know how
    // it ends" (not "finished the book, now i know how it ends").
    r"\b(calm|calmer|calmest|peace|peaceful|relieved|relief|lighter|settled|at ease)\b.{0,60}\bnow (that )?i know (how|when|where) (it|this|it all|everything|my story|the story) (ends|will end|finishes|is going to end)\s*(\||$)",
    // Calm because it is decided, and nothing said of what: "i feel calm for the first time
    // in months because i've decided" (not "... because i've decided to leave him").
    r"\b(calm|calmer|calmest|peace|peaceful|relieved|relief|lighter|settled|at ease)\b.{0,60}\b(because|now|since|now that|cos|as) (i've|i have|i) (decided|made (my|the) decision|made up my mind|chosen|got a plan|a plan)\s*(\||$)",
    // Love sent, to be understood afterwards: "sent my sister a long message about how much
    // i love her | she'll understand later".
    r"\b(message|letter|note|text|card|told (her|him|them|my \w+( \w+)?)|telling (her|him|them|my \w+( \w+)?))\b.{0,50}\blove (her|him|them|you)\b.{0,40}\b(she|he|they|you)('ll| will| should) understand (later|one day|someday|some day|in time|eventually|afterwards|after|soon)\s*(\||$)",
    // A check on the house in a few days, and no reason: "i've asked my neighbour to check
    // on the house in a couple of days".
    r"\basked (my \w+|a neighbour|the neighbours?|next door|someone|a friend|her|him) to (check on|look in on|pop round to|call round to|go round to|check) (the house|the flat|my flat|my house|my place|me)( in (a couple of|a few|two|three|\w+) days| on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)| at the weekend)\s*$",
    // The last hug known only to oneself, as the last words: "gave my nan a massive hug
    // today | she didnt know it was the last one" (not "... the last one | i ate it").
    r"\b(she|he|they|my \w+|nobody|no one|none of them) (didn't|did not|doesn't|does not|don't|do not|won't|will not) know (it was|it's|it is|that was|this was|it'll be|it will be|that it was|that it's) (the|my|our) (last|final) (one|time|hug|goodbye|visit|cuddle|kiss|chat|call|time i'll see (her|him|them))\s*$",
    // A child better off with the other parent, nothing after: "my son will be better off
    // with his dad full time".
    r"\b(my (son|daughter|kids|children|boy|girl|baby|little one|little boy|little girl)|the (kids|children)|he|she|they)( will|'ll|'d| would) be better off with (his|her|their) (dad|mum|father|mother|nan|gran|grandparents|aunt|auntie|dad's family|mum's family)( full time| for good| from now on| now)?\s*$",
    // "so this is it then | bye x".
    r"\bthis is it( then| now)?\s*\|\s*(bye|goodbye|bye bye)( x+)?\s*$",
    // Easier when one goes: "i've stopped replying to everyone | easier that way when i go".
    r"\beasier( for (everyone|them|you|people|my \w+))?( that way| like that| this way)? (when|once|after|for when) (i go|i'm gone|i am gone|i leave|i've gone|i die|i'm not here)\s*(\||$)",
    // The pets left with a story of how long: "the cats are with my mum now | she thinks
    // it's for a fortnight".
    r"\b(she|he|they|my \w+) (thinks|think|thought) it's (only |just )?for (a fortnight|a week|a few days|the weekend|a couple of (days|weeks)|two weeks|a month|a bit|a while)\s*$",
    // All one's things bagged up for others, with nothing after: "all my stuff is in bin
    // bags labelled for the charity shop and my sister".
    r"\b(everything|all my (stuff|things|belongings|clothes))( is|'s)? (in (a |the )?(box|boxes|bag|bags|bin bags|bin liners|suitcases)|boxed up|bagged up|packed up) (labelled|marked|addressed|named) for ([\w']+ ){0,4}(and )?(my \w+|her|him|them|each of them|everyone)\s*$",
    // Not getting as far as the course goes, as the last words: "week 4 is pointless for me
    // now, i won't get that far" (not "i won't make it to week 3 | too busy with work").
    r"\b(i )?(won't|will not|wont|shan't|am not going to|ain't going to|not going to) (get|make it|last|be around|be here) (that far|to week \d|to the end( of the course)?|to the next (session|week))\s*$",
    // Things made nice for whoever comes in: "made my bed properly | want it nice for
    // whoever comes in".
    r"\b(want|wanted|need|needed|make|made|keep|kept|leave|left|have|leaving|it's|it is|it'll be|everything's|everything is)( it| things| everything| the (house|flat|room|place|bed))? (nice|tidy|clean|neat|right|presentable|decent|spotless) for (whoever|whomever|the person who|anyone who|the one who) (comes in|comes|finds me|gets here|walks in|finds it|comes round|comes through the door)\s*(\||$)",
    // Consolation sent through the app, at the reply's start: "tell my counsellor she did
    // everything right".
    r"(^|\| )(please )?(tell|let) (my \w+( \w+)?|the people who (made|make|run) (this|the) (app|course)|them|everyone|her|him)( know)? (that )?(she|he|they|you)( did| tried| has done| have done|'s done|'ve done) (everything right|nothing wrong|(her|his|their|your) best|all (she|he|they|you) could|everything (she|he|they|you) could)\s*(\||$)",
    // High places looked at, as the last words: "been looking at bridges" (not "... cliffs
    // online | thinking of a coastal walk holiday").
    r"\b(been|keep|kept|i've been|i have been|started|i'm|i am) (looking at|staring at|scoping out|checking out|eyeing up|eyeing) (bridges|the bridge|tall buildings|cliffs|the cliffs|car parks|multi storeys|the multi storey|train tracks|the tracks|the railway line|the viaduct|high places|high buildings)( again| lately| recently| a lot| online)?\s*$",
    // A note for someone, as the last words: "i wrote a note for my mum" (not "... to remind
    // her about the bins", nor "a note to the school to excuse my son").
    r"\b(wrote|written|left|leaving|writing) (a|my|the) (note|letter|goodbye note) for (my \w+|her|him|them|everyone|everybody|the kids|my family|whoever finds it)\s*$",
    // Cards for the children's future: "i've bought a card for each of the kids for when
    // they're older" (not "... for their birthdays this year").
    r"\b(bought|written|wrote|got|made|left|writing|buying|chosen|picked) (a |some |the )?(cards?|letters?|presents?|gifts?|notes?) for (each of )?(the kids|the children|my (kids|children|son|daughter|grandkids|grandchildren|boys|girls)|them|her|him)( [\w']+){0,3} for (when (they're|she's|he's|they are|she is|he is) (older|grown up|18|eighteen|an adult|adults)|when (they|she|he) (grow up|grows up|turn \d+|turns \d+|get married|gets married|leave school|leaves school)|every birthday|each birthday|all (their|her|his) birthdays)\b",
    // Blame headed off: "don't let them blame the app".
    r"\b(don't|do not|dont|never) let (them|anyone|anybody|people|my \w+|my family|the team) blame (the app|you|steady|anyone|anybody|themselves|herself|himself|yourself|yourselves|the team|the nhs|my \w+)\s*(\||$)",
    // Not coming back, said after something else not done: "i'm going for a long walk
    // tonight and i'm not bringing my phone or coming back".
    r"\b(not|never|won't be|will not be|am not) ([\w']+ ){1,5}or (coming|going) (back|home)( again| ever)?\s*(\||$)",
    // "see you on the other side", as the last words.
    r"\b(see you|see ya|see u|cya|c u|c you|c ya|see yous|see you all) on the other side\s*(x+\s*)?$",
    // The last thing one does, chosen: "i wanted the last thing i did to be nice".
    r"\b(want|wanted|wanting|would like|'d like) (the|my) (last|final) (thing|act|day|memory|meal|walk|words?) (i( did| do|'ll do| will do| ever do| have| say| said)|to be)\b",
    // A key left for when they come, nothing said of who: "the spare key's under the mat for
    // when they come" (not "... for when the plumber comes").
    r"\b(key|keys|spare key|door)('s|'re| is| are| left)?( [\w']+){0,4} for when (they|someone|somebody|people|the police|the ambulance|you) (come|comes|get here|gets here|arrive|arrives|find me|come round|come in)\s*$",
    // Keepsakes entrusted for a child, as the last words: "i've asked my sister to keep my
    // diary safe for my daughter" (not "... while the builders are in").
    r"\basked (my \w+|her|him|them|someone|a friend) to (keep|look after|hold on to|hang on to|give|pass on) (my|the) (diary|diaries|journal|journals|letters|ring|rings|watch|things|stuff|photos|savings|jewellery|notebooks)( safe)? (for|to) (my \w+|the kids|her|him|them)( when (she's|he's|they're) (older|grown up|18))?\s*$",
    // Sorry not to have been who others needed: "i'm sorry i couldn't be the person
    // everyone needed | goodnight".
    r"\bsorry i (couldn't|could not|wasn't|was not|never was|couldn't ever|was never) (be )?the (person|mum|mother|dad|father|son|daughter|wife|husband|partner|friend|sister|brother|parent) (everyone|you all|they|you|my \w+|people|the kids|my family|she|he) (needed|deserved|wanted|hoped for)( me to be)?\s*(\||$)",
    // Leaving this world, said as moving on: "moving on from this world soon".
    r"\b(moving on|move on|moved on|leaving|leave|departing|depart|going|go|checking out|check out|exiting|exit|stepping off|step off|getting off|get off|slipping away|slip away)( for good| soon| now| forever)?( \|)? (from |off )?this (world|life|earth|planet|mortal coil)( soon| tonight| for good| forever| now| at last)?\s*(\||$)",
    // Gone where no one will find one: "i'm going away for good | nobody will find me".
    r"\b(going|go|gone|run|running|walk|walking|drive|driving|heading|head) (away|off|out) (for good|tonight|forever|somewhere)\b.{0,30}\b(nobody|no one|noone|they|anyone)( will|'ll| is going to|'s going to| would| won't| will not)( ever| never)? (find|finds) me\b",
    // Wanting to jump, with nothing said of into what: "stood on the bridge for ages looking
    // at the water wanting to jump" (not "... to jump in the pool").
    r"\b(want|wanted|wanting|urge|urges|tempted) to (just )?jump\s*(\||$)",
    // Rope, and some of it for oneself: "rope for the swing | and one for me".
    r"\b(rope|ropes|a noose|cord|washing line)\b.{0,40}\b((and )?one for me|(really |actually |secretly )?(it's|its|it is|it was) (really |actually |secretly )?for me)\s*(\||$)",
    // Only the nerve lacking: "if i had the guts i'd have done it already".
    r"\bif i( had|'d had| had had) the (guts|nerve|courage|bottle|balls|strength) (i'd|i would|i'd of|i would of) (have )?(done it|gone through with it|ended it|ended things|been gone|be gone)( already| by now| years ago| long ago| ages ago)?\s*(\||$)",
    // A crash wanted as the end: "nearly crashed into a tree because i wanted it to end".
    r"\b(crashed|crash|drove|drive|driving|swerved|swerve|ran|steered|steer|veered)( [\w']+){0,5} (into|off)( [\w']+){0,6} (because|cos|as|so|hoping) (i )?(wanted|want|wanting|hoped|hoping|wished) (it|things|everything|it all|the pain) (would |to )?(end|stop|be over)\b",
    // A noose: "the knots i've been practising are for a noose".
    r"\b(for|tie|tied|tying|make|made|making|practise|practising|practice|practicing|learn|learned|learnt|learning|bought|got|have|hang|hung) (a |the |my )?noose\b|\bnoose (is )?(ready|up|tied|made)\b",
    // A lead taken out with no dog: "going to the woods later with the dog lead but no dog".
    r"\b(the|my|a|his|her) (dog lead|dog's lead|dogs lead|lead)( [\w']+){0,3} (but|and) (no|not the|without the|without a) dog\b",
    // Plain sayings the backstop alone had caught (twenty-fourth session).
    // Understood one day: "my sister will understand one day why i had to do this".
    r"\b(will|'ll|might|may) understand (one day|someday|some day|eventually|in time|later) why i (had to|did|have to|needed to|chose to) (do this|do it|go|leave|end it)\b",
    // A pet left for whoever takes her: "the cat's food and vet book are on the side for
    // whoever takes her".
    r"\bfor whoever (takes|has|gets|looks after|ends up with|adopts) (her|him|them|the (cat|dog|cats|dogs|rabbit|rabbits|pets?))\s*(\||$)",
    r"\b(think|thinking|thought) about ending (things|it all|my life|it)( (most|every) (nights?|days?|mornings?)| a lot| all the time| constantly| loads| daily)?\s*(\||$)",
    r"\b(want|wanna|going|gonna|thinking about|think about|could|might|keep thinking about)( to)? jump (of|off|from) (a|the|this) (bridge|roof|building|cliff|car park|multi storey|balcony|tower block)\b",
    // One's own eulogy written: "i've written my own eulogy".
    r"\b(written|wrote|writing|write|planned|planning|drafted|drafting) my own (eulogy|obituary|funeral speech|epitaph|death notice)\b",
    // Those left kept from blame: "don't let them blame my husband".
    r"\b(don't|do not|never) let (them|anyone|anybody|people|everyone|my \w+) blame (my \w+|him|her|them|themselves|yourself|yourselves|the kids)( for (this|it|what happened|what i did))?\s*(\||$)",
    // A crash hoped for: "part of me hopes the plane goes down on the way to spain".
    r"\b(hope|hopes|hoping|wish|wishing|pray|praying)( that)? (the|my) (plane|flight|train|bus|car|coach|boat|ferry|taxi)( goes down| crashes| will crash| would crash|'ll crash| comes off the road| derails| sinks| hits something)\b",
    // Permanence kept from someone: "she doesn't know it's for good".
    r"\b(she|he|they|my (sister|brother|mum|mam|dad|wife|husband|partner|family|kids|children|son|daughter|friend|best friend|mate|nan|gran)|nobody|no one) (doesn't|don't|does not|do not) know (that )?(it's|it is|this is|it'll be|it will be) for good\b",
    // One last thing, then rest: "i've got one more thing to do tonight and then i can rest".
    r"\b(one|a) (more|last|final) thing to do( tonight| today| now)?( and)? then i can (rest|sleep|go|be at peace|stop|finally rest)( now| at last| for good)?\s*(\||$)",
    // Things set out for someone to know what's what: "everything's labelled for my wife so
    // she knows what's what".
    r"\b(labelled|written down|laid out|set out|organised|sorted) for (my \w+|her|him|them)( [\w']+){0,2} so (that )?(she|he|they)( knows| know| can find| will know|'ll know) (what's what|where everything is|where it all is|what to do|everything)\s*(\||$)",
    // Sorry passed on: "can you pass on that i'm sorry for the mess".
    r"\bpass (it |this )?on (to (them|everyone|my \w+) )?(that )?(i'm|i am) (so |really |truly )?sorry( for (the mess|everything|all this|the trouble|what i've done|leaving))?\s*(\||$)",
    // Others happier without one, as a learner may say it: "my family is more happy if i am
    // not there".
    r"\b(is|are|would be|will be|'d be|be) (more happy|more happier|happier|better off|more better) if i( am not| was not| were not|'m not| wasn't| weren't| am no more| not) (there|here|around|alive|living)( anymore| any more)?\s*(\||$)",
    // Cards written ahead for birthdays to come: "i'm writing cards for the kids' next few
    // birthdays tonight".
    r"\b(cards|letters|messages|videos|notes|presents) for (the kids'?|my kids'?|their|her|his|my \w+'s|the children'?s?) (next (few|two|three|five|ten|\w+) birthdays|birthdays for the next \w+ years|future birthdays|next \w+ christmases)\b",
    // No way back needed: "i wont need a return ticket".
    r"\b(won't|will not|wont|don't|do not|shan't) (need|be needing) a (return|return ticket|ticket back|way back|lift back|lift home)( ticket)?\s*(\||$)",
    // Remembered for a last kindness: "i smiled at everyone at work today | they'll remember
    // that at least".
    r"\b(they'll|they will|people will|everyone will|she'll|he'll|she will|he will) (remember|have) (that|me|this) at least\s*(\||$)",
    // Things passed to whoever will use them: "the worksheets can go to someone who'll use them".
    r"\b(my|the) [\w']+( [\w']+)? can (go to|be given to|be passed on to) (someone|somebody|anyone|whoever) (who('ll| will)|that('ll| will)) (use|need|want) (them|it)\s*(\||$)",
    // Traces cleared so no one sees them: "i've cleared my search history and my messages so
    // nobody has to see them".
    r"\b(cleared|deleted|wiped|erased)( [\w']+){0,6} (search history|history|messages|browser history|texts|phone|laptop|searches)( [\w']+){0,4} so (that )?(nobody|no one|they|my \w+) (has to|have to|will|would|can|can't|won't|ever) (see|find|read) (them|it|anything)\s*(\||$)",
    // How one was at the end: "if anyone asks, i was happy at the end".
    r"\bi was (happy|at peace|ok|okay|calm|not scared|peaceful|ready|smiling) (at|in) the end\s*(\||$)",
    // Some good to come of it: "i've signed the organ donor card so at least some good comes
    // of it".
    r"\bso (that )?(at least )?(some|something) good (comes|will come|can come|might come|came) (of|out of|from) (it|this|me|my death|all this)\s*(\||$)",
    // A height leant over to feel it: "i keep leaning over the balcony at night to see how
    // it would feel".
    r"\b(leaning|lean|leant|leaned|standing|stood|sitting|sat) (over|on|at the edge of|on the edge of) (the|a|my) (balcony|bridge|edge|railing|railings|ledge|roof|cliff|platform|wall)( [\w']+){0,4} (to see how it( would|'d| might) feel|to see what it('s| is| would be) like|imagining (falling|jumping|letting go))\b",
    // Someone left told to find another: "tell my husband to remarry".
    r"(^|\| )(please |can you |could you )?(tell|let) (my \w+|him|her) (know )?(to|that (he|she) should) (remarry|marry again|find someone (else|new|better|happier)|move on without me)( when i'm gone| after)?\s*(\||$)",
    // One last walk or cuddle: "i've taken the dog for one last walk".
    r"\b(gave|give|giving|had|took|taken|taking|take) (the|my) (dog|dogs|cat|cats|kids|boys|girls|children|son|daughter|baby) (for )?(one|a) (last|final) (walk|cuddle|hug|kiss|run|bedtime story)\b",
    r"\b(i'm|i am|i feel|feeling|i think i'm) (so |really |finally |just )?ready for (the end|death|it to end|it all to end|it to be over|it all to be over|my end|the long sleep)( now)?\s*(\||$)",
    // A last time with the ones loved: "i rang my mum just to hear her voice one more time".
    r"\b(rang|called|phoned|visited|went to see|texted|facetimed|drove to see|went round)( [\w']+){0,4} (just )?to (hear|see|hold|hug|kiss) (her|his|their|my \w+'s|my \w+|them|him)( voice| face)? (one|a) (more|last|final) time\s*(\||$)|\b(want|need|going|wanted|have) to (see|hold|hug|hear|kiss) (my \w+|them|him|her)( [\w']+){0,2} (one|a) (last|final) time\s*(\||$)",
    // A ring left with a note: "i left my wedding ring on the bedside table with a note".
    r"\b(left|leaving|put|taken off|took off) (my|the) (wedding ring|engagement ring|ring|watch|wedding band)( [\w']+){0,5} with (a|the|my) (note|letter)( for (him|her|them|my \w+))?\s*(\||$)",
    // A thought that never used to come and now does: "i never used to think about dying but
    // now its all the time".
    r"\b(never|didn't|did not) used to (think|thought|dream|dreamt|worry) (about|of) (dying|death|suicide|killing myself|ending it|ending my life|not being here)\b.{0,15}\bbut now (it's |its |it is |i do )?((all the time|every day|constantly|every night|daily|non stop|a lot)\b|i (can't|cannot) stop\b)",
    // Death wished to come from outside: "i keep wishing a car would hit me", "i wish
    // something would just kill me", "i hope the current takes me".
    r"\b(wish|wishing|wished|hope|hoping|pray|praying)( that)? (a|the|some) (car|bus|lorry|truck|train|van)( [\w']+){0,2}( would| will| could|'d) (hit me|run me over|kill me)\b|\b(wish|wishing|hope|hoping|pray|praying)( that)? (something|someone|somebody|god|the illness|the cancer)( would| will| could|'d) (just )?(kill|take|end) me\b|\b(hope|hoping|pray|praying) the (current|sea|water|waves|tide) (takes|take|would take|will take|pulls) me\b",
    r"\b(imagine|imagining|picture|picturing|visualise|visualising|dream of|dreaming of|dreaming about|fantasise about|fantasising about) (myself|me) (dead|in a coffin|hanging)\b",
    r"\b(wrote|written|writing|left) (a|the|my) (note|letter)\b.{0,30}\b(hid|hidden|hiding) it(\s*(\||$)| (in|under|behind) my (drawer|pillow|bed|room|wardrobe|desk|mattress|bag)\b)|\b(wrote|written) (a|the|my) (note|letter)\s*\| (it's|its|it is) (in|under|on) (my|the) (drawer|pillow|bed|desk|side|table)\s*(\||$)",
    r"\bleave this (world|earth|life)\b|\bcounting down the days\b.{0,20}\b(don't|do not) mean (to|till|until)\b",
    r"\b(like|want|wish|prefer|rather) (to )?not (to )?exist( for a while| anymore| any more| at all)?\s*(\||$)",
    r"\b(stopped|stop|not) taking my (\w+ )?(tablets|meds|medication|insulin|pills)\b.{0,20}\b(what's the point|no point|why bother)\b",
    r"\b(i'd|i would) (happily|gladly|quite happily) not wake up\b",
    // Not waking welcomed, with nothing after: "i would welcome not waking up".
    r"\b(i'd|i would|i'll|i will|i) (welcome|embrace|be glad of|be grateful for|be relieved by|not mind) (not waking( up)?|never waking( up)?|not (to )?wake( up)?)( (one day|one morning|tomorrow|some day))?\s*(\||$)",
    r"\b(they're|they are|he's|she's|everyone's|everyone is|they'd be|he'd be|she'd be|they'll be|the kids are|the kids would be) better off\s*(\||$)",
    r"\b(she'd|he'd|they'd|she would|he would|they would|everyone would|my \w+ would) be (freer|free|happier|better off|lighter|relieved) if i (went|was gone|were gone|died|wasn't here|was dead|disappeared)( for good)?\s*(\||$)",
    r"\b(nearly|almost|came close to|so close to) (jumped|jumping|jump) (off|from) (the|a|my) (bridge|roof|cliff|car park|building|balcony|platform|multi storey|window|viaduct|pier|tower block)\b",
    r"\b(going|go|went|slipping|slip|slipped) under (and (staying|stay|not coming up)|for good|and not (coming|come) (back )?up)\b|\bif i (just )?(went|go|slipped) under\b",
    r"\b(buying|buy|bought|get|getting|got) (the|a) rope\s*(\||$)",
    r"\b(pills|tablets|drugs|poison)( [\w']+){0,4} (show up|don't show up|dont show up|undetectable|can't be detected|detected)( [\w']+){0,3} (post mortem|postmortem|autopsy|toxicology)\b",
    r"\b(plans|plan|arrangements)( \|)?( [\w']+){0,2} (permanent|final) ones\b|\b(made|making|have|got) (a )?permanent (plans|plan|solution|arrangements)\b",
    r"\b(fine|ok|okay|at peace|comfortable|happy) with ending (it|things|my life|it all)\b",
    // Ending it as the only way: "ending it feels like the only option".
    r"\bending (it|it all|my life|things)( [\w']+){0,2} (is|feels like|seems like|seems|feels) (the|my) only (option|way|answer|choice|way out)\b",
    // Death welcomed: "i would welcome the end", "i'd be relieved if i got hit by a car".
    r"\b(i'd|i would|i'll|i will|i'm ready to|part of me would) welcome (the end|death|dying)\b|\b(i'd|i would|i'll|i will|part of me would) welcome it\s*(\||$)|\b(i'd|i would) be (relieved|glad|happy|grateful) if i (got|was|were) (hit by|run over by|killed|taken)\b",
    r"\b(just |only |basically )?waiting (to die|for (death|the end|it all to end))(\s*(\||$)| (every|each|in|at|alone|here|now|and|already)\b)",
    r"\b(i'm|i am|i've|i have) (run |ran |completely |totally )?out of reasons( to (live|stay|keep going|carry on|go on|hang on|be here))?\s*(\||$)|\breasons (for|to keep) living( list)? (is|are) (blank|empty)\b",
    r"\b(find|found|finding|look for|looking for|need|needed) (a|the|some) (way|ways|method) to die\b",
    // Which place is high enough: "found out which bridge is highest round here".
    r"\b(which|what) (bridge|building|car park|multi storey|cliff|tower|block of flats)( [\w']+){0,3} (is )?(the )?(highest|tallest|high enough|tall enough)( round here| near me| nearby| near here| in (town|the area|the city))?\s*(\||$)",
    // The same asked the other way round: "what's the highest bridge near leeds".
    r"\b(what's|what is|whats|where's|where is|wheres|which is) the (highest|tallest) (bridge|building|car park|multi storey|cliff|tower|block of flats)( [\w']+){0,2} (round here|near me|nearby|near here|near \w+|around here|close to (me|here|\w+)|in (town|the area|my area))\s*(\||$)",
    r"\b(hope|hopes|hoping) (the|my) (cancer|illness|tumour|lump|disease) (comes back|returns|gets me|kills me|takes me|spreads)\b",
    r"\b(not going to|not gonna|won't|will not|don't plan (on|to)) (stick|sticking|hang|hanging|stay|staying) around (for (it|that|the treatment|the results|the chemo|the end|what comes next)|to see (it|how it ends|what happens|what comes next)|much longer|for much longer|for long)\b",
    r"\b(ends?|ending) with me (dead|gone|in the ground|in a box|not here)\b|\b(can't|cannot|can not|don't|do not) see (a|any) way( [\w']+){0,4} (that )?(doesn't|does not|won't|will not) end with me (dead|gone|in the ground|in a box|not here)\b",
    r"\b(be|would be|'d be|it'd be) a relief (to not|not to|to stop) (exist|existing|be here|be alive|be around|wake up|living|breathing)\b",
    r"\b(don't|do not) plan on (being|staying) (alive|(around|here) (much longer|for long|long|for much longer))\b",
    r"\b(this is|here is|that's|that is) where my (story|life|journey|road) (stops|ends|finishes)\b",
    r"\b(want|need|wish for|long for|longing for|crave) (a|the) (permanent|eternal|endless|forever|never ending) (rest|sleep|peace|quiet)\s*(\||$)",
    r"\b(go|be|stay|fall) (quiet|silent|dark|black|still) (forever|for ever|for good|permanently)\b",
    r"\b(better|easier) for (everyone|everybody|them|my \w+|all of them) if i( am not| was not| were not|'m not| wasn't| weren't) (living|alive|here|around|breathing)( anymore| any more)?\s*(\||$)",
    r"\b(point|reason) in (me )?(sticking|hanging|staying|being) around( anymore| any more| much longer)?\s*(\||$)",
    r"\brope (in|up in|hanging in) the (garage|shed|loft|attic|boot|car|garden|woods)\b",
    r"\b(keep|keeps|kept) (going|walking|driving|cycling) (to|up to|over|onto) the (bridge|cliff|cliffs|edge|multi storey|car park roof|viaduct|tower block)( [\w']+){0,4} (and|just) (look|looking|stare|staring|peer|peering) (down|over)\b",
    r"\b(the )?(bridge|train|trains|tracks|cliff|edge|pills|tablets|rope|drop) (looked|looks|look|seemed|seems|felt|feels) (so |really |very )?(tempting|inviting|appealing|peaceful)( today| tonight| again| lately)?\s*(\||$)",
    r"\b(bleed|bleeding) out (from|through) (your|my|a|the) (wrists?|arms?|neck)\b|\bhow long (does|would|will) it take to bleed out\b",
    r"\bbetter off not (waking up|being here|being alive|existing|living|being around)\b",
    r"\b(not sure|don't know if|do not know if|not certain) i (want|wanna) to (wake up|be here|be alive|live|exist|go on|carry on|keep going)( tomorrow| anymore| any more| much longer| tbh| honestly)?\s*(\||$)",
    // Plain sayings the backstop alone had caught.
    r"\bno reason (for me )?to (stay|be|live|stick around|keep going|carry on)( in this world| here| alive| around| on this earth)?( anymore| any more)?\s*(\||$)",
    r"\bmake sure (that )?i (don't|do not|never|won't) wake up\b",
    r"\b(thought|idea) of (not waking up|dying|being dead|not being here|ending it)( [\w']+){0,2} (is|was) (the only thing|all) (that )?(calms|calmed|keeps|kept|gets|got|helps|helped|comforts|comforted)\b",
    r"\bpray(s|ing|ed)?( [\w']+){0,3} (that )?i (won't|don't|will not|never|do not) wake up\b",
    r"\bpray(s|ing|ed)? (not to|to not|i don't|i won't) wake up\b",
    r"\b(got|have|bought|collected|gathered|sorted) (everything|all|what) i need (now )?to (end it|do it|kill myself|end things|end my life)\b",
    r"\bcan't (keep|go on|carry on) (living|existing) like this\b",
    r"\b(doing|do|did) (everyone|everybody|them|the world|my family|you all|my kids|the kids) a (favour|favor) (by (going\s*(\||$)|dying|leaving for good|not being here|disappearing|ending it)|if i (went|died|was gone|wasn't here|disappeared))\b",
    r"\bbest thing i (could|can) do( for [\w' ]{1,25})? is (to )?(not be here|disappear|die|not exist|end it|be gone)\b",
    r"\b(nearly|almost) (stepped|walked|jumped|threw myself) (out )?(in front of|under|into) (a|the) (lorry|bus|train|car|van|truck|traffic)\b",
    r"\bwish(es)?( that)? (the|this|my|it) ([\w']+ ){0,2}would (come back and )?(finish me off|kill me|take me)\b",
    r"\bwent (to|down to|up to) the (bridge|cliffs?|edge|tracks|viaduct|multi storey|railway)( [\w']+){0,3} (and )?(stood|sat|looked down|stared down)( there| on the edge| at the edge)?( for (an hour|ages|hours|a while|a long time|a bit|[\w']+ minutes)| thinking( about it)?)?\s*(\||$)",
    // Leaning out at an edge: "i stand on the edge of the quarry most nights and lean
    // forward a bit".
    r"\b(stand|stands|standing|stood|sit|sitting|sat) (on|at|by|near|right on) the edge of (the|a) (quarry|cliff|cliffs|roof|rooftop|bridge|platform|car park|multi storey|balcony|drop|building|tower block|viaduct)\b( [\w']+){0,5} (lean|leaning|leant|leaned|step|stepping|look down|looking down|rock|rocking|let go|letting go)( over| forward| out| a bit| further)?\b",
    // No future pictured with oneself in it: "i don't see a version of next year with me in
    // it".
    r"\b(don't|can't|cannot|do not|couldn't) (see|picture|imagine|think of) (a|any) (version of |future |world )?(next year|the future|next month|christmas|tomorrow|my future|the summer|a future|next week)?( [\w']+){0,2} (with me in it|that has me in it|where i'm (still )?(here|alive|around|in it))\b",
    // A means pictured for comfort: "i keep picturing the noose in the loft and it calms
    // me down".
    r"\b(picturing|picture|pictured|imagining|imagine|imagined|thinking about|think about|thought about) (the |a |my )?(noose|rope|pills|tablets|blade|blades|razor|razors|hanging|overdose|overdosing|dying|being dead|not being here|ending it)\b( [\w']+){0,5} (and )?(it )?(calms|soothes|comforts|relaxes|settles|calmed|soothed|comforted|relaxed|settled|helps|helped) me\b",
    // Death thought of with longing: "thinking about death a lot, like wanting it".
    r"\b(thinking|thought|think|thoughts) (about|of) (death|dying|being dead)\b.{0,30}\b(wanting it|want it|wish for it|wishing for it|longing for it|long for it|craving it|looking forward to it|welcoming it|in a (good|nice|peaceful|comforting|longing) way|and it (feels|sounds|seems) (nice|good|peaceful|comforting|like (a )?relief))\b",
    // "i'd be doing everyone a favour if i just drove into a tree".
    r"\b(doing|do|did) (everyone|everybody|them|the world|my family|you all|my \w+) a favour if i (just )?(died|was dead|were dead|wasn't here|weren't here|was gone|disappeared|ended it|killed myself|jumped|drove (into|off)|crashed|stepped in front|walked into|took (them|it|the lot|all)|went for good|didn't wake up|wasn't around)\b",
    // Notice handed in on life: "i'm handing in my notice on life".
    r"\b(hand|hands|handing|handed|put|putting|giving|gave|give) (in )?my (notice|resignation) (on|from|to) (life|living|this life|being alive|the world|existence|everything)\b",
    // A way out that is a means: "the only way out i can see is the train".
    r"\bonly way out( [\w']+){0,3}( is| would be|'s| will be) (the (train|trains|tracks|bridge|river|sea|cliff|cliffs|motorway|roof|rope|canal)|a (rope|train|bridge|cliff|noose|gun)|pills|tablets|an overdose|to end it|death|dying|suicide|to die|to kill myself|not being here|ending it)\b",
    // A happier ending wished for the app's next user than one's own: "i hope the next
    // person you help has a happier ending than mine".
    r"\b(hope|hoping) (the next (person|one|user|patient)|someone else|whoever( comes| is)? next)( [\w']+){0,4} (has|gets|have|get) (a )?(happier|better|kinder) (ending|end|outcome) than (mine|me|i did|i had|i got)\b",
    // To join someone who died: "since mum died i keep thinking i should just go and be with her".
    r"\b(died|passed|passed away|lost|death|gone|killed|funeral|grave)\b.{0,60}\b(go|going|just go|want to go|should go|wanna go|could go|ready to go)( and| to)? be with (her|him|them|my \w+|mum|dad|nan|gran|grandad|grandma)( again| now| up there| in heaven| soon| at last)?\s*(\||$)",
    // "since my husband passed | i tell him i'll see him soon".
    r"\b(died|passed|passed away|lost|death|funeral|grave)\b.{0,60}\b(i'll|i will|i'm going to|gonna|going to) (see|join|be with) (him|her|them|you|my \w+|mum|dad) (soon|again soon|shortly|before long|very soon)\s*(\||$)",
    // A plan with a date: "i have a plan and a date".
    r"\b(i have|i've got|i have got|got|i've made|made|i've set|set|i've picked|picked) (a|the|my) (plan|method) and (a|the) (date|day|time)\s*(\||$)",
    // Waking each day a disappointment: "every morning i'm disappointed i woke up".
    r"\b(disappointed|upset|angry|sorry) (that )?i( woke up| wake up| keep waking up| didn't die| did not die| survived| made it through the night| am still here|'m still here| still wake up)\s*(\||$)",
    // Tired of the fight in one's own head, and unsure of going on.
    r"\btired of fighting( my own head| my head| my mind| myself| this| it| every day| the thoughts)?\b.{0,40}\b(can't|cannot|don't think i can|do not think i can) (keep (doing it|going|doing this|fighting|on)|do it (anymore|any more|much longer)|go on)\b",
    // A hold let go where it would be a fall: "so easy to let go of the railing".
    r"\b(let|letting|lets) go of the (railings?|rail|ledge|edge|barrier|parapet)\b",
    // Timed for when no one can stop it: "gonna do it tonight while everyone's asleep".
    r"\b(do it|end it|end it all|go through with it|take them|take the pills)( tonight| today| tomorrow| later| this weekend| then)?( \|)? (while|when|once|after) (everyone|everybody|the (house|kids|family|others)|my (family|parents|wife|husband|partner|mum|dad|flatmates?|housemates?))( is| are|'s|'re)? (asleep|in bed|gone to bed|out|away)\b",
    // A means eyed: "i've been eyeing up the bleach under the sink".
    r"\b(eyeing|eying|eyed|been eyeing)( up)? (the|my|a|all the|all my|that) (bleach|pills|tablets|paracetamol|painkillers|meds|medication|rope|razor|razors|razor blades|blades|pill bottle|sleeping pills|knife drawer|anti freeze|antifreeze|weed killer|weedkiller|dog's tablets)\b",
    // Life insurance read for what it pays on a death: "life insurance pays out after a
    // year | i checked".
    // "my insurance pays out either way, i checked".
    r"\b(my|the) (life )?(insurance|cover|policy|assurance)( [\w']+){0,2} (pays|will pay|would pay|still pays) out (either way|whatever happens|no matter what|no matter how)( \| i (checked|looked|looked it up|read the small print))?\s*$",
    r"\blife (insurance|cover|policy|assurance)( [\w']+){0,3} (pays|pay|paid|will pay|would pay|still pays) out (after (a|one|12|twelve|two|2|the first) (year|years|months)|even if (i|you|it's|it is)|if i (die|died|kill|killed|was gone|were gone)|for suicide|on suicide|if it's suicide)\b|\b(does|would|will|do) (life insurance|my life insurance|the life insurance|life cover)( [\w']+){0,2} (pay|cover|pay out)( [\w']+){0,2} (for|if it's|if it is|on) (suicide|killing yourself|taking your own life)\b",
    // An inner voice urging: "my brain keeps saying jump whenever i'm on the balcony".
    r"\b(my (brain|head|mind)|a voice|the voice|the voices|voices|a little voice|this voice|something|part of me)( [\w']+){0,2} (says|saying|say|tells me|telling me|told me|tell me|keeps saying|keep saying|keeps telling me|keep telling me|screams|screaming|whispers|whispering|shouts|shouting)( to)? (jump|end it|end it all|kill myself|step off|crash the car|drive into|walk into the (sea|river|traffic|road)|take them all|take the lot|let go\s*(\||$))",
    // Death asked of God: "i pray every night that god takes me in my sleep", "ready to meet
    // my maker", "i want to be with jesus now".
    r"\b(pray|praying|prayed|hope|hoping|wish|asking|asked|ask|begging|begged|beg)( [\w']+){0,3} (that )?(god|allah|jesus|the lord|my maker)( takes| take| took| will take| would take|'ll take|'d take| comes for| come for| calls| call| will call) me\b",
    r"\b(ready|want|wanna|wanting|long|longing|can't wait|happy|prepared|time) to (go and )?meet my maker\b",
    r"\b(want|wanna|ready|long|longing|wish i could|need|going) to be with (jesus|god|allah|the lord|my maker)\b( now| soon| tonight| already| not in| sooner|\s*(\||$))",
    // Eating and drinking stopped to end it: "i've stopped drinking water too | i want it to
    // stop".
    r"\b(stopped|stopping|stop|not|given up|giving up) (eating|drinking|eating and drinking|drinking water|taking fluids)\b.{0,40}\b(want|wanting|need) (it|this|everything|it all) to (stop|end|be over)\b",
    // Going where the dead one is: "i miss my son so much i want to go where he is".
    r"\b(miss|missing|died|dead|passed|lost|grave|heaven)\b.{0,60}\b(want|wanna|wish i could|long|longing|ready|need) to (go|be) where (he|she|they) (is|are|went|has gone|have gone)\b",
    // Property signed over and the letters written.
    r"\b(put|putting|signed|signing|transferred|transferring) (the house|my house|the flat|my flat|everything|my savings|the car)( over)? (in|into|to) (my|her|his|their) [\w']+ name\b.{0,60}\b(written|wrote|writing|left) (the|my) (letters?|notes?)\b",
    // A safety plan's reasons and supports answered with none: "what stops me: nothing
    // anymore", "reasons to live: i can't think of one".
    r"\b(what stops me|what (keeps|kept) me (safe|going|alive|here)|reasons? (to live|for living|to stay alive|to stay|to keep going)|what i live for|who i live for|things to live for)( \|)? (nothing|none|no one|nobody|not anything|can't think of (one|any|anything)|i can't think of (one|any|anything)|i don't have (one|any)|don't have (one|any)|there aren't any|there isn't one|i don't know anymore)( anymore| any more| now| left| really)?\s*(\||$)",
    // The means kept: "making my space safe: i'm not getting rid of the rope".
    r"\b(not|won't|don't want to|refuse to|not going to|can't bring myself to) (get|getting) rid of (the|my) (rope|pills|tablets|stash|blades|razors|belt|ligature|gun|cord)\b",
    // Crisis help refused, decided: "the crisis number is on my fridge but i won't ring
    // it | i've decided".
    r"\b(crisis (number|line|team)|samaritans|111|999|the helpline|helpline|shout)\b.{0,50}\b(won't|will not|not going to|refuse to|don't want to|not gonna) (ring|call|phone|text|use|contact) (it|them|anyone|anybody)\b.{0,30}\b(i've decided|i have decided|made my mind up|made up my mind|no point|too late|this time)\b",
    // The plan kept and gone over: "the plan is still there and i think about it daily".
    r"\b(the|my) plan('s| is)? (still )?(there|in place|ready|in my head|not going anywhere)\b.{0,40}\b(think about it|thinking about it|go over it|going over it|go through it|going through it)( daily| every day| all the time| a lot| constantly| every night| most days)\b",
    // Life-sustaining medicine stopped, not caring what follows: "i stopped taking my
    // insulin because i don't care what happens".
    r"\b(stopped|stopping|stop|quit|quitting|refusing|refuse|refused|skipping|skip|won't take|not taking|not going to take)( taking| having)? (my )?(insulin|heart tablets|heart pills|heart meds|blood thinners|warfarin|dialysis|transplant meds|anti rejection meds|tablets|meds|medication|treatment)\b.{0,40}\b(don't care (what happens|if i die|anymore|any more)|(want|hoping|hope) (to die|it kills me|it'll kill me|it will kill me|it to be over|it over)|let it happen|so (that )?i die|to let me die)\b",
    // Death hurried along near the end of life: "the hospice is lovely but i wish i could
    // hurry it along".
    r"\b(hospice|dying|terminal|palliative|end of life|cancer)\b.{0,80}\b(hurry|speed|rush) (it|things|the end|this|death) (along|up)\b",
    // Leaving things ready for afterwards: told where the papers are "just in case", a pet
    // given away for good, things tidied "for whoever finds me".
    r"\b(told|telling|tell|shown|showed|showing|show|written down|wrote down|left a note)( [\w']+){0,3} where (the|my|all the|all my|everything)( [\w']+){0,2} (insurance|papers|will|passwords|bank details|documents|deeds|policies|pension|savings|important (stuff|things|papers))\b.{0,40}\b(just in case|in case (anything|something) (happens|happened)|for when i('m| am) (gone|not here)|for after)\b",
    r"\b(given|gave|giving|give|rehomed|rehoming|rehome|handed|handing) (away )?(the|my|our) (dog|dogs|cat|cats|pets?|rabbit|rabbits|budgie|puppy|kitten|horse)\b( [\w']+){0,6} (for good|permanently|for ever|forever)\b",
    r"\b(whoever|the person who|the person that|the one who|someone who)( finds| will find|'ll find| has to find| discovers| will discover) (me|my body)\b",
    // Ending put as logging off: "i just want to log off | permanently".
    r"\b(want|wanna|wanting|need|ready|going|like|love) to (just )?(log off|log out|switch off|shut down|shut myself down|turn myself off|power down|clock out|check out|bow out|tap out|sign off|unplug|disconnect)( \|)? (permanently|for good|forever|for ever|from (life|everything|existence|the world))\b",
    // Ending put in the words of games and computers: "game over for me, no respawn", "rage quit life", "ctrl alt delete myself", "i want to delete myself".
    r"\bgame over (for me|for good|for real|for my life)\b.{0,30}\b(no (respawn|respawning|continues|extra lives|more lives|restart|coming back)|for good|this time)\b|\bno (respawn|respawning|continues|extra lives|restart) (for me|this time)\b|\brage ?quit(ting)? (life|living|existence|everything|it all|the world|this world|being alive)\b|\bctrl alt (del|delete) (myself|me|my life|my existence)\b|\b(want|wanna|wanting|need|going|ready|like|love|tempted) to (just )?(delete|erase|uninstall|unsubscribe|remove) (myself|me)( from (life|existence|the world|this world|everything|the planet))?\s*(\||$)",
    // A last life with no wish to go on: "i'm on my last life and i don't want a continue".
    r"\b(on )?(my )?last life\b.{0,30}\b(don't|do not|won't|not|no) (want|need|taking|take|bother with|bothering with|going for)? ?(a|another|any|more)? ?(continue|continues|respawn|respawns|extra life|extra lives|restart|reset)\b",
    // No more time asked for: "no extra time for me | i'm ready for the final whistle".
    r"\bno (extra time|injury time|stoppage time|more time|penalties) (for me|left for me|needed)\b.{0,40}\b(final whistle|full time|the end|blow (it|the whistle))\b",
    // Sport's last minutes said of a life: "i'm in extra time and i want the final whistle".
    r"\b(i'm|i am|i've been|i have been|my life is|living) (in|on) (extra time|injury time|stoppage time|borrowed time)\b.{0,40}\b(final whistle|want (it|this|them) (to end|over|done)|ready (to go|for the end|for it to end)|blow the whistle)\b|\b(final whistle|full time|the bell) (for me|on my life|on me)\b.{0,20}\b(want|wanting|ready|please|can't come soon enough|come)\b|\b(want|wanting|ready for|longing for|praying for|waiting for) (the )?(final whistle|full time) (for me|on my life|on me|on it all)\b",
    // Guilt that cannot be lived with: "i can't live with how stupid i've been", "i can't live with myself anymore". Not the conditional "i couldn't live with myself if i let her down".
    r"\b(can't|cannot|can not|can't bear to|don't know how to) live with (myself|me|what i('ve)? (did|done|have done)|what i am|who i am|how (stupid|thick|pathetic|useless|weak|selfish|awful|bad|disgusting|much of a failure|much of a mess)( [\w']+){0,2} i('ve| have)? (been|am|was|become|became))\b",
    // A crash or a death shrugged at: "if i crash i crash", "if i die i die".
    r"\bif i (crash|die|drown|don't wake up|don't make it|get hit|go off the road)( \|)? (i (crash|die|drown|don't wake up|don't make it|get hit|go off the road)|(then )?(so be it|whatever|who cares|that's that|i don't care|fine|good))\b",
    // A plan that is only a day: "my plan is saturday when everyone's out".
    r"\bmy plan is (for )?(this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|tomorrow night|the weekend|this weekend|next week|new year's eve|christmas|my birthday)( night)?\s*($| when| while| once)",
    // Going, once others are seen to: "once the kids are grown i'll go".
    r"\b(once|when|after|as soon as) (the|my|our) (kids|children|boys|girls|son|daughter|mum|dad|mother|father|nan|gran|dog|cat|wife|husband)( [\w']+){0,2} (are grown|are grown up|grow up|have grown up|are older|are old enough|leave home|have left home|are settled|are sorted|are looked after|are 18|is gone|are gone|dies|die|has died|passes|pass|has passed|passes away|is settled|is sorted|is looked after)( [\w']+){0,2} (i'll|i will|i can|i'm going to|i'm gonna|i'll finally) (go|leave|end it|check out|be gone|finally go|let go|be free to go)\s*(\||$)",
    // Done for good, by a time: "if he doesn't text back by midnight i'm done | for good".
    r"\b(midnight|tonight|tomorrow|the morning|the weekend|friday|\d+ ?(am|pm|o'clock))\b.{0,30}\b(i'm|i am|i'll be) (done|finished|gone)( \|)? for good\b",
    // An account closed for good: "you can close my account after this | i won't be back".
    r"\b(close|delete|cancel|shut|remove|wipe) (down )?my (account|profile|data|details)\b.{0,30}\b(i won't be back|i won't be coming back|i'm not coming back|i won't need it( again| anymore| any more)?|you won't (see|hear from) me again)\s*$",
    // Words left for after: "i'm leaving this here in case someone reads it after".
    r"\b(leaving|leave|left|putting|writing|write) (this|it|these|a note|a message)( here)? (in case|for when|so that) (someone|anyone|somebody|anybody|whoever|they|my family|people) (reads|finds|sees|read|find|see)( it| this| them)? ?(after|afterwards|when i'm gone|once i'm gone)\b",
    // Sorry, and could not keep going: "if anyone reads this | i'm sorry | i couldn't keep going".
    r"\b(i'm sorry|i am sorry|sorry)\b.{0,30}\b(i couldn't|i could not|i can't|i cannot) (keep going|go on|carry on|do it anymore|do this anymore|hold on|keep fighting|fight it|fight anymore)( anymore| any more)?\s*(\||$)|^if (anyone|someone|somebody|anybody) (reads|finds|sees) this( \|)? (i'm sorry|i am sorry|sorry|i love you|goodbye|tell)\b",
    // Thanks said before going: "i wanted to say thank you before i go".
    r"\b(say|said|saying|to say) (thank you|thanks|goodbye|bye|sorry|i love you)( to (you|everyone|all of you|you all))? before i (go|leave|do it|went)\s*(\||$)",
    // Not knowing why one is still here: "idk why im still here".
    r"\b(don't know|dunno|do not know|no idea|not sure) why (i'm|i am|im) still (here|alive|around|breathing)( \?)?\s*$",
    // A method worked out: "i've worked out which beam would hold my weight", "i keep checking the train times for the fast ones", "i sat in the bath with the razor for an hour".
    r"\b(beam|rafter|rafters|banister|bannister|loft hatch|door frame|hook|branch|pipe|light fitting|curtain rail|railing)s? (would|will|could|that'd|that would|that will|is strong enough to|are strong enough to) (hold|take) my weight\s*(\||$|\?)|\b(train times|timetable|timetables|trains)\b.{0,20}\b(for|of) the (fast|non stop|express) (ones|trains)\s*$|\bsat (in the bath|on the bathroom floor|on the bed|on the floor|in the car|in my room|on the edge of the bath)( [\w']+){0,2} with (the|a|my) (razor|blade|blades|knife|pills|tablets|rope|belt|cord)(\s*(\||$)| for (an hour|ages|hours|a while|a long time|too long))",
    // The rest of the programme not needed, with reassurance: "i'm not going to need the week 6 stuff | don't worry".
    r"\b(won't|will not|not going to|don't|do not|shan't) (need|be needing) (the )?(week \w+|the rest( of (it|the course|the programme))?|the last (week|session|sessions)|next week's|the next (session|sessions|week))( stuff| sessions?| bits?| part| material)?(( \|)? (don't worry|it's fine|it's ok|it's okay|trust me|honestly|don't bother|no need))?\s*$",
    // No one to blame, passed on: "please pass on to whoever reads these that it wasn't anyone's fault".
    // The blame taken from someone left, or the cause said not to be them: "make sure my
    // little girl knows none of this was because of her".
    r"\b(pass (it |this )?on|tell (them|everyone|my \w+|whoever)|let (them|everyone|my \w+) know|make sure (they|everyone|she|he|my( \w+)? \w+) knows?|whoever reads (this|these))\b.{0,40}\b((it wasn't|it was not|it's not|it isn't|it is not|it's nobody's|it was nobody's) (anyone's|anybody's|their|your|his|her|my \w+'s|nobody's)? ?fault|(none of (this|it)( was| is|'s) (ever )?|(it|this)( wasn't| isn't| was not| is not|'s not| was never| is never) )((because of|down to|caused by|about) (her|him|them|you|anything (she|he|they|you) did)|(his|her|their|your) (doing|fault)))\s*(\||$)",
    // Thanks, then out for good: "thanks steady | i'm out now | for good". (Off, going, gone
    // or leaving for good are read after anything, below.)
    r"^(thanks|thank you|ta|bye|goodbye|cheers)\b.{0,30}\b(i'm|i am) (out|done)( now)?( \|)? for good\s*$",
    // Going somewhere nothing is needed: "i'm going away somewhere i won't need them".
    r"\b(going|off|heading|headed|gone) (away )?somewhere (i|where i) (won't|will not|wont|shan't) (need|be needing) (them|it|anything|reminders|the reminders|this|any of this)\b",
    // Time wasted, not again: "sorry for wasting everyone's time | it won't happen again".
    r"\bsorry for (wasting|taking up) (everyone's|everyone|everybody|your|all your|all of your|people's|people) time( \|)? (it won't happen again|you won't have to (again|anymore|any more)|not for much longer|i won't (anymore|again|any more))\s*$",
    // At peace with a decision, said as the last word: "8 10 | all sorted and at peace with my decision".
    r"\b(at peace|made peace|made my peace) with (my|the|this) (decision|choice|plan)\s*(\|\s*)?$",
    // Trying made known, as a last word: "can you make sure my therapist knows i tried".
    r"\b(make sure|tell|let) (my |the )?\w+ (knows?|know) (that )?i (tried|did try|really tried|tried my best|did my best)\s*(\||\?)?\s*$",
    // Carbon monoxide in the garage: "sleep in the garage with the car running".
    r"\bgarage\b.{0,40}\b(car|engine|motor) (running|on|going|ticking over)\b|\b(car|engine|motor) (running|on|going)\b.{0,30}\bgarage\b",
    r"\bmy (exit|way out)('s| is| has been| was)? (all )?(planned|sorted|arranged|decided|booked|ready|organised|worked out)\b",
    // Dying thought about, and how often: "i think about dying a lot | like every hour".
    r"\b(think|thinking|thought) (about|of) (dying|being dead|killing myself)( a lot| loads| constantly| all the time| every day| every hour| non stop| every single day| most days)\b",
    // Treatment refused to let death come: "if it is cancer i won't have treatment | i'll
    // just let it happen".
    r"\b(won't have|won't get|won't be having|not going to have|not having|refuse|refusing|turn down|turning down|say no to|don't want|do not want)( any| the| more| any more)? (treatment|chemo|chemotherapy|surgery|the operation|dialysis)\b.{0,40}\b(let it happen|let nature take it's course|let it take me|let it run it's course|let it win|let it kill me|i (just )?want to (go|die|be gone|be with \w+)( now)?\s*(\||$))",
    r"\b(dying|death|die)\b.{0,40}\b(get it over with|get it over and done with)\b",
    r"\b(wish|hope|hoping|pray|praying)( that)?( [\w']+){0,5}( would| will| could|'d) (just )?(finish me off|take me(\s*(\||$)| (away|soon|tonight|in my sleep|too|now|home|instead)\b)|end me\b)",
    // Answers to a safety plan's questions.
    r"\b(looking|look|looked|staring|stare|stared) at (the|my) (tablets|pills|knives|knife|rope|blade|blades|razor|belt)\b.{0,30}\b(that's now|that is now|like now|right now|tonight)\b",
    r"\b(places? (that|which) (help|helps|calm me)|safe places?|where i (feel|go to feel) (safe|better|calm))\b( [\w']+){0,3}( \|)? (the )?(bridge|cliff|cliffs|cliff edge|tracks|railway|railway line|roof|multi storey|car park roof|edge|ledge)\s*(\||$)",
    r"\b(get rid of|give up|hand over|throw away|bin|clear out) (the|my) (stash|pills|tablets|blades|razors|rope|meds)\b.{0,30}\b(i don't want to|i won't|not going to|i can't|i'm not)\b",
    r"\b(go through with|act on|carry out|follow through with|follow through on) (my|the) plan\b(\s*(\||$)| on \w+| tonight| this weekend| tomorrow| soon| at the weekend)",
    r"\b(don't|do not|dont) (want|wanna) to (keep|be|stay) (myself )?safe\b",
    r"\b(feel|feeling|feels)( \?)? like (it's|its|it is) (my )?time (for me )?to go\s*(\||$)",
    // What brought risk before, back: "since my attempt | the same thoughts are creeping back".
    r"\b(my|the) (attempt|overdose|od)\b.{0,60}\b(thoughts|urges|feelings)( [\w']+){0,2} (are |is )?(back|coming back|creeping back|returning|starting again|creeping in|creeping back in)\b",
    r"\bgo through with it\b.{0,40}\b(bought|got|have|saved|collected|gathered) (the|some|enough) (tablets|pills|rope|blades|razors)\b",
    r"\bbetter (if )?i (die|died|am dead|was dead|be dead|not here|not alive)\s*(\||$)",
    // The railway, not for a journey: "looking at the train times and not for travelling".
    r"\b(train times|trains|the tracks|railway|level crossing|the line)\b.{0,40}\bnot (for|to) (travel|travelling|go anywhere|going anywhere|get anywhere|a journey|catch (one|it|a train))\b",
    // Death said as hyperbole, then welcomed: "i'll be dead by friday | and honestly good".
    r"\b(i'll|i will|i'd|i might|i'm going to) be dead (by|before|soon|in)\b.{0,30}\b(good|fine by me|and i don't care|thank god|can't wait|bring it on|suits me|fine with me|and i'd welcome it|hope so)\b",
    r"\b(tied|tie|tying|made|making|knotted) (a|the|my) noose\b|\b(tied|tying) (a|the|my) rope\b(\s*(\||$)| to (the|a) (banister|beam|loft hatch|hook|tree|door|ceiling|rail))",
    r"\b(i'd|i would|i'll|i will)( [\w']+){0,2} (happily|gladly|not mind|welcome)( being| getting| get| be)? (hit|run over|knocked down|knocked over) by (a|the) (bus|car|lorry|train|truck)\b",
    // No future past an age or a date: "i can't see myself making it to thirty".
    r"\b(can't|cannot|don't|do not|can not) (see|picture|imagine) (myself|me) (making it|living|getting|being (alive|here|around)|still (alive|here|around)) (to|past|until|till|beyond|into) (\d+|twenty|thirty|forty|fifty|christmas|next year|my birthday|the summer|the new year|the end of the year|old age|my \w+ birthday)\b",
    r"\b(future|tomorrow|next year|old age|retirement)\b.{0,60}\b(i'm|i am) not (planning|going|intending|expecting) (on|to) (have|having|be|being|see|seeing|get|getting to|reach|reaching) (one|it|there|around|a future|any future)\b|\bnot (planning|expecting|intending) (on|to) (have|having) (a|any) future\b",
    // Going under in the bath: "ran a bath and thought about staying under".
    r"\b(bath|bathtub|water|sea|lake|river)\b.{0,60}\b(stay|staying|stayed|slip|slipping|slide|sliding|keep myself|keeping myself) under\b",
    // Too late for me, at peace with it.
    r"\btoo late for me\b.{0,80}\b(made|making) (my )?peace\b|\b(made|making) (my )?peace\b.{0,80}\btoo late for me\b",
    // Death let in: "i'd rather it took me", "let the cancer take me now".
    r"\b(rather|let|letting|hope|hoping|wish|want|ready for) (it|the cancer|the illness|the disease|death|god|nature|the cold|the sea|the water|the drink)( just| to| would| will)? (took|take|takes|come for|came for) me(\s*(\||$)| now| soon| already| instead| tonight| quickly| first)",
    // Those left would have their lives back: "she'd have her life back without me".
    r"\b(have|get|got|had) (her|his|their|your|our) (life|lives|freedom) back\b.{0,40}\bwithout me\b|\bwithout me\b.{0,40}\b(have|get|got|had) (her|his|their|your|our) (life|lives|freedom) back\b",
    r"\b(better|easier|best) (for everyone |for them |for all of them |for all |all round )?if i (just )?(went|was gone|were gone|wasn't here|weren't here|wasn't around|died|disappeared|was dead|were dead|didn't exist|wasn't alive)\s*(\||$)",
    // Doing it unseen: "how to do it without the kids finding me".
    r"\b(do it|end it|go)( [\w']+){0,4} (without|so|where|before) (the kids|my kids|the children|anyone|anybody|nobody|no one|my (husband|wife|partner|mum|dad|son|daughter|family)|they|he|she)( [\w']+){0,2} (finding|find|finds|found|seeing|sees|stopping|stop|stops) me\b",
    // Telling oneself not to: "not to do what i'm planning tonight".
    r"\b(not|don't|shouldn't|wouldn't) (to )?do what i('m| am) (planning|about to do|going to do|thinking of doing)\b",
    r"\b(thinking|thought|think|keep thinking) (about|of) jumping( (off|from|out of)( (a|the|my))? (window|balcony|bridge|roof|building|cliff|car park|multi storey|tower|block|flat))?\s*(\||$)",
    // "can't do this anymore | i'm out".
    r"\b(can't|cannot|can not) (do|take|cope with|handle) (this|it) (anymore|any more|no more|any longer)( [\w']+){0,2} (i'm|i am) (out|off|gone|done)\s*(\||$)",
    // The means, and knowing it is enough: "one step would do it", "i know how much would
    // do it".
    r"\b(one step|how much|how many|enough|a few more|that much|the lot|one jump|one push|one swerve)( [\w']+){0,3}( would| will|'d| could| should) (do it|do the job|be enough|finish me|kill me)\b",
    // Looking long at the means: "i looked at the knife block for a long time tonight".
    r"\b(looked|looking|stared|staring|keep looking|kept looking|sat looking|sat staring|just looking|just staring)( at)? (the|my|a|all my|all the) (knife|knives|knife block|blade|blades|razor|razors|pills|tablets|rope|belt|ligature|tracks|railway line|ledge|gun|cliff edge|drop)\b( [\w']+){0,4} (for (a long time|ages|hours|a while|so long)|and (thought|thinking|wondered|wondering|deciding)|deciding|again tonight)",
    // A known place, as a plan: "thinking of driving to beachy head".
    r"\b(thinking of|thought about|thinking about|planning|plan|want|wanted|going to|gonna|tempted to|urge to)( [\w']+){0,2} (drive|driving|go|going|get|getting|walk|walking|head|heading|travel|travelling|trip)( [\w']+){0,2} beachy head\b",
    // Going out into water and not back: "swim out until i can't swim back".
    r"\b(swim|swimming|walk|walking|wade|wading|paddle|paddling)( out| out to sea| into the sea| into the water| into the lake)( [\w']+){0,3} (until|till|til|and not|and never) (i (can't|cannot|couldn't|can not)|come back|get back|swim back|coming back)\b",
    // Asking to be helped to die: "i asked the doctor to help me go".
    r"\bhelp me (to )?(go|die|end it|end my life|pass|pass away|slip away)(\s*(\||$)| and | but | so | because | peacefully| quietly| for good)",
    // Someone's suicide as one's own way: "my mate killed himself and i think i'll go the
    // same way".
    r"\b(killed (himself|herself|themselves)|took (his|her|their) (own )?life|suicide)\b.*\b(i'll|i will|i might|i could|i'm going to|i want to|tempted to) (go|end up|do) the same( way| thing)?\b",
    // A letter that says sorry or goodbye.
    r"\b(wrote|written|writing|write|left|leaving)( [\w']+){0,3} (to|a letter to|a note to|letters to|notes to|notes for|a letter for|a note for) (my|the|each of|all|everyone)\b.{0,80}\b(i'm sorry|sorry for everything|saying goodbye|say goodbye|goodbye|i love them|how much i love)\b",
    // An ultimatum on life: "if tomorrow is like today i'm done".
    r"\bif (tomorrow|things|nothing|life|today|next week|nothing changes|it doesn't get better|things don't get better)( [\w']+){0,6} (i'm|i am|i'll be) (done|finished|out|gone)\s*(\||$)",
    // A denial taken back: "i don't want to die but i think i will do it".
    r"\b(don't|do not|dont) want to (die|kill myself|end it|end my life|do it)( [\w']+){0,3} (but|though) (i think |i feel like |i'm scared |i'm afraid |i worry )?(i will|i'll|i might|i'm going to|i am going to)( do it| act on it| go through with it)?\s*(\||$)",
    // Not able to stay safe, in the words of a safety plan.
    r"\b(can't|cannot|can not|couldn't|won't be able to|not sure i can|don't think i can|unable to) (promise|guarantee|say)( (you|that))? (i'll|i will|i can|i'm going to|to|i'd) (be|stay|keep myself|keep me) safe\b|\b(can't|cannot|can not|couldn't|unable to|don't know if i can|not sure i can|don't think i can) keep myself safe\b",
    r"\b(scared|afraid|worried|frightened) i('ll| will| might| could| am going to|'m going to) do something (stupid|silly|bad|drastic|terrible)\b",
    r"\b(drink|drinking|drank|starve|starving|starved) myself to death\b",
    r"\b(feel like|want to|wanted to|thinking about|thought about|tempted to|urge to|going to) (walk|walking|step|stepping|run|running|jump|jumping) (into|in front of|out in front of) (traffic|the traffic|a (car|bus|lorry|truck|train))\b",
    // A plan said without its object: "i'm planning how to do it" (erring towards help).
    r"\b(i'm|i am|i've been|been|i keep) (planning|working out|figuring out|thinking about|deciding) (how|when|where) (to|i'd|i will|i'll|i would) (do it|end it|go)\s*(\||\?|$| tonight| soon)",
    r"\b(life|living|it all|my life)('s| is)? (not|isn't|is not|ain't) worth (it|living|the pain|anything|carrying on)\b",
    r"\b(ending|end|to end) (everything|it all)\b",
    r"\b(stood|standing|been stood|been standing|stand) (on|at) (the|a)( (motorway|railway|rail|road|old|high|suspension|river|canal|town|main|foot))? (bridge|ledge|cliff|cliff edge|roof edge|platform edge|edge of the (bridge|cliff|roof|platform))\b",
    r"\b(planning|plan|thinking|think|thinks|thought|want|wanted|going|tempted|urge|urges) (to |about |of )?(drive|driving|crash|crashing|swerve|swerving) (off the road|off a (bridge|cliff)|into (a wall|a tree|a bridge|oncoming traffic|the river|a lorry|the sea))\b",
    // Death welcomed: "tbh i'd welcome a heart attack at this point" (not "... a heart attack
    // of a curry").
    r"\b(i'd|i would)( honestly| actually| genuinely| happily| gladly)? (welcome|be glad of|be grateful for|be relieved by|not say no to|take) (a heart attack|a stroke|a car crash|a crash|cancer|an accident|a fatal accident|death|dying|the end|a bus|an aneurysm|a brain tumour|covid)(\s*(\||$)| at this point| at this stage| now| right now\s*$| tbh| honestly| to be honest| if i'm honest| tomorrow| tonight)",
    // A birthday not expected to be seen, as the last words or accepted: "i don't think i'll
    // see my next birthday and i'm ok with that" (not "... as a free weekend").
    r"\b(i don't think i'll|i doubt i'll|i won't|i will not|i'm not going to|i am not going to|not going to) (see|make it to|be around for|be here for|reach) (my next birthday|next christmas|christmas|my birthday|next year|the new year|the summer|my \d+(st|nd|rd|th) birthday)(\s*(\||$)| and i('m| am) (ok|okay|fine|alright|at peace|glad|relieved) with (that|it)| and i don't (care|mind))",
    // Passive wishes: "if i died tomorrow i wouldn't mind".
    r"\bif i (died|was dead|were dead|didn't wake up|never woke up|got hit by a (bus|car)|got ill and died)( (tomorrow|tomorrow morning|in the morning|one day|one morning|tonight|again|ever|at all|today|honestly|tbh)){0,2} (i )?(wouldn't mind|would not mind|wouldn't care|wouldn't be sad|would be (ok|okay|fine|glad|relieved|a relief))\b",
    r"\bif i (just )?(died|was dead|were dead|didn't wake up|never woke up|got (hit|run over|knocked over|knocked down)( by a (bus|car|lorry|train))?|got ill and died|just died)( [\w']+){0,3} (it'd|it would|that'd|that would|it'll|it will)( honestly| actually| really| probably| just)? be (a relief|ok|okay|fine|for the best|a blessing|easier|better|nice|lovely|bliss|peaceful|so nice|so peaceful)\b",
    r"\b(hope|hoping|hoped|wish|wishing|wished|pray|praying|prayed)( that)? (i'll|i will|i|i'd) (get|got|catch|have|develop) (cancer|ill|sick|something terminal|a terminal illness|covid|a heart attack)( [\w']+){0,3} (and (i )?(die|died|don't recover|never recover)|(so|and) (it's|it is|it'll be|it would be) (over|done|the end|all over)|so i( can| could| would|'d) (die|go|be gone|not be here|finally rest)|so i die|and i'll die)\b",
    // Arranging care for those left behind.
    r"\b(look after|take care of|care for|have|adopt|feed|mind|take) (my|the|our) (dog|dogs|cat|cats|pets?|kids|children|son|daughter|plants|fish|rabbit|hamster|girls|boys|little ones|baby|twins|grandkids)\b.{0,40}\b(if (anything|something) (happens|happened|were to happen|was to happen)( to me|\s*(\||$))|when i'm (gone|not here|not around)|after i'm gone|if i'm (gone|not here|not around))\b",
    // "Die" misspelt as a real word, with no object after it ("wanna dye", not "want to
    // dye my hair").
    r"\b(wanna|want to|wants to|going to|gonna|ready to|wish i could|just want to|i'll|i will) (dye|dei)\s*(\||\?|$)",
    // Warning signs by kind, each with open slots rather than one fixed phrase.
    // Rehearsal: being at a place people die from, or going there to do it.
    r"\b(stood|standing|stand|went|go|going|drove|driving|walked|walking|climbed|climbing|sat|sitting|been|got)( [\w']+){0,4} edge of (the|a) (platform|bridge|cliff|cliffs|roof|building|car park|multi storey|tower|block)\b",
    // Stepped back at the last moment: "i stepped back from the edge at the last second".
    r"\b(stepped|pulled|climbed|came|got) (back|down|off) (from )?(the )?(edge|ledge|bridge|railing|railings|tracks|parapet|platform edge)\b.{0,30}\b(at the last (second|minute|moment)|just in time|couldn't do it|bottled it|chickened out|lost my nerve)\b",
    // Deep water looked up: "been looking at the tide times for the estuary, the deep bit by
    // the old pier".
    r"\b(tide times|tide tables?|tides|how deep|the depth)\b.{0,60}\b(the )?(deep|deepest) (bit|part|spot|point|water)\b(\s*(\||$)| (by|near|off|under|past|at|of) (the )?[\w']+( [\w']+)?\s*(\||$))",
    // At the top, staying there (not walked up to it: "walked to the top of the multi
    // storey and my legs were like jelly").
    r"\b(stood|standing|stand|sat|sitting|waited|waiting|stayed|staying)( [\w']+){0,4} top of (the|a) (platform|bridge|cliff|cliffs|roof|building|car park|multi storey|tower|block)\b",
    r"\b(river|bridge|cliff|cliffs|tracks|railway|platform|roof|edge|sea|motorway|canal|car park)\b( [\w']+){0,6} (to do it|to end it|to jump|to go through with it|and (couldn't|didn't) (do it|go through with it|jump))\b",
    // Finding out how.
    r"\b(looked up|look up|looking up|googled|googling|searched|searching|researched|researching|read up on|checked)( [\w']+){0,3} ((tallest|highest) (bridges?|cliffs?|car parks?|multi storeys?|buildings? (near|nearby|around|in (town|my area|the area|the city)))|how (many|much) (it|would|to)|how long it takes to (die|bleed|drown|suffocate|lose consciousness|pass out|overdose|hang|choke|work|kill)|ways to die|painless (suicide|death|deaths)|quickest|least painful|lethal dose|overdose|bridges|cliffs|tall buildings)\b",
    // Painless ways, unless to something else: "googling painless ways to get a tattoo".
    r"\b(looked up|look up|looking up|googled|googling|searched|searching|researched|researching|read up on|checked)( [\w']+){0,3} painless( (suicide|death))?( (ways?|methods?|options?))?( (to|of) (die|dying|go|going|do it|end it|end things|kill myself|end my life|end it all))?( \?| \||\s*$)",
    r"\b(least painful|painless|quickest|easiest|best|surest) (way|ways|method|methods) (to|of) (go|die|do it|end it|end things|kill myself|dying|lose (a lot of |enough |loads of )?blood|bleed out|bleed to death|stop breathing|stop my heart)( \?| \||$)",
    // Saying the end is near, in other words.
    r"\bmy time('s| is| has) (up|nearly up|almost up|come|run out)( now| soon| i think| i reckon| i feel)?( \||$| \?| and (i'm|i am) (ready|at peace|not scared|not afraid|ok with it|okay with it|fine with it)\b)",
    r"\b(world|everyone|anyone|nobody|no one|my family|they|people)( [\w']+){0,2} (doesn't|does not|don't|do not|wouldn't|won't) need me\b",
    r"\b(not|won't|will not|wont) (going to |gonna )?be (a problem|a burden|a bother|an issue|in the way|in anyone's way)( for| to)?( anyone| anybody| everyone| you| them| you all)?( much| for much)? (longer|for long)\b",
    r"\b(disappear|disappearing|leave|leaving|go|going|walk|walking|run|running) (off |away )?(and|&) (never|not) (come|coming) back\b",
    r"\b(wish|wished|hope|hoping|hoped)( that)? i (didn't|don't|wouldn't|won't|never|couldn't) (come|came) (up|back|round|home|out of it)\b",
    r"\b(want|wanna|wish|need|long|longing|ready) to (go and |go |just )?(join|be with) (him|her|them|my \w+)( again)?\b.{0,40}\b(died|dead|passed|passed away|been gone|heaven|grave|funeral|death)\b",
    // Nearly there.
    r"\b(close to|near to|nearly|almost|about to|on the verge of|on the edge of|so close to|this close to) (ending it|ending things|ending my life|ending it all|killing myself|doing it|giving up on life|taking my (own )?life)\b",
    // Carbon monoxide: the car in the garage, a hose on the exhaust.
    r"\b(sat|sit|sitting|sat there|was) in (the|my) car( [\w']+){0,5} (garage|engine running|with the engine on|exhaust)\b",
    r"\bthoughts? (of|about) (death|dying)( are| is)? (constant|all the time|every day|always there|non stop|getting (worse|stronger)|won't (stop|go away)|keep coming)\b",
    r"\b(hose|hosepipe|pipe|tube) (on|to|from|into|in) (the|my) exhaust\b",
    r"\b(hose|hosepipe|pipe|tube) (that|which|to) (fits?|fitted|goes on|go on|attach(es)? to) (the|my|an|a car|the car's) exhaust\b",
    // A last message that takes all the blame from someone: "please tell my dad none of this
    // was his fault" ("... it wasn't his fault" alone is a farewell that needs its pair).
    r"\b(tell|let) (my \w+|them|everyone|everybody|her|him|my family)( know)?( that)? none of (this|it|what happens|what happened) (was|is|will be|were) (his|her|their|your|anyone's|my \w+'s) fault\s*(\||$)",
    // A death as a kindness to others: "it's easier this way for everyone".
    r"\b(it's|it is|it'll be|it will be|it'd be|it would be) (easier|better|best|kinder) (this way for (everyone|everybody|all of you|my family|them|you all|the kids)|for (everyone|everybody|all of you|my family|them|you all|the kids) this way|for (everyone|everybody|all of you|you all) if i'm not)\b",
    // Rest for good: "i'm going to rest for good".
    r"\b(i'm going to|i am going to|going to|want to|ready to|time to|time for me to|i'll|i will|i just want to|let me) (rest|sleep|go to sleep|lie down) (for good|forever|for ever|permanently)\s*(\||$)",
    // Not needed where one is going: "i don't need the breathing exercises where i'm going".
    r"\b(don't|do not|won't|will not|wont|dont|not going to|shan't) (need|be needing|use|be using|want)( [\w']+){0,4} where i'm (going|headed|heading|off to)\s*$",
    // No one to look in on me: "no need to check on me tomorrow".
    r"\b(no need to|you don't need to|you do not need to|don't bother to|don't bother|no need for) (check on|check in on|look in on|checking on|checking in on|looking in on) me (tomorrow|anymore|any more|again|after (today|tonight))\s*$",
    // A last day spent without the others knowing: "she won't know it was the last".
    r"\b(she|he|they|nobody|no one)( [\w']+)? (won't|will not|didn't|doesn't|don't|never) know (it was|it's|it is|that was|that it was) (the|our|my) last( (day|time|hug|goodbye|night))?\s*$",
    // Envying the dying: "i'd swap places with anyone who's dying".
    r"\b(swap|trade|switch|change) places with (anyone|someone|somebody|people|a person|whoever)( who's| who is| that's| that is| who was)? (dying|terminally ill|got cancer|on their deathbed|dead|in a coffin|going to die)\b",
    // Safety given up and fate welcomed: "stopped wearing my seatbelt, if it happens it happens".
    r"\b(stopped|stop|not|don't bother|no longer|quit) (wearing|putting on|using|bothering with) (my |a |the )?(seatbelt|seat belt|helmet|life jacket|lifejacket|harness)\b.{0,40}\b(if it happens( it happens)?|if i (die|crash|go|fall)|don't care|whatever happens|so be it|who cares|let it happen)\b",
    // A place chosen: "know exactly where on the motorway bridge i'd do it".
    r"\b(know|knew|picked|chosen|chose|found|worked out|decided|scoped out|checked out)( exactly| just| already)? (where|the spot|the place|which (bridge|car park|building|cliff|spot|tree|junction|stretch|station|platform|line))\b.{0,40}\b(i'd|i would|i'll|i will|i'm going to|i'm gonna|i am going to|to) do it\s*(\||$)",
    r"\b(hose|hosepipe|tube)( [\w']+){0,2} (for|on|to|in|into) (the|my) (car|exhaust)\b",
    // A weapon turned on oneself.
    r"\b(use|using|used|turn|turning|turned|point|pointing|pointed) (it|them|the gun|a gun|my gun|the shotgun|the knife|a knife|the rifle) on myself\b",
    r"\b(gun|guns|shotgun|rifle|pistol)\b.{0,40}\b(on myself|myself with|shoot myself|to my head|in my mouth)\b",
    // Plan and means, in the words clinicians use.
    r"\b(have|got|i've got|i have got) (a plan and |the plan and )?the means\b",
    r"\b(have|got|i've got|i have got|bought|sorted|ready|gathered|collected) (a plan and |the plan and )?(the|all the|everything|what) (stuff|things|bits|kit|i need|i'd need|i will need|i'll need)( i need| i'd need)? to do it\b",
    // Putting affairs in order.
    r"\bwho (gets|will get|should have|will have|would get|can have|should get|is getting) (my|the) (dog|dogs|cat|cats|pets?|things|stuff|money|house|flat|kids|children)\b",
    r"\b(when|after|once) i('m| am) (gone|not here|not around)\b",
    r"\b(want|wants|wanted|wish|hope|pray|rather|like|could)\b( [\w']+){0,5} (not|never) wake up\b",
    r"\bsleep (forever|for ever|and never wake)\b",
    r"\b(get|go|got|went|getting|going) in(to)? the (bath|water|sea|river|lake|canal) and (not|never) (get|come|getting|coming) (out|back|up)\b",
    r"\b(go|going|went) to sleep and (stay|staying) asleep( forever| for ever| for good)?\s*(\||$)",
    r"\b(can't|cannot|don't|do not|can not) see (the|any) point (of|in) me( being (here|alive|around)| existing| living)?\s*(\||$|\?)",
    r"\b(what's|whats|what is)( even| really| actually)? the point (of|in) me( being (here|alive|around)| existing| living)?\s*(\||$|\?)",
    r"\b(i'm|i am|im|i feel like)( just)? (a|such a) (complete |total )?waste of (oxygen|air|skin|a life|life|breath|space and (air|oxygen))\b",
    r"\b(today|tonight|tomorrow|this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)( is| will be|'s| could be) the (day|night) (i|i'll|i will) (finally )?(do it|end it|go through with it|go)\s*(\||$)",
    r"\b(picked|chosen|set|decided on) (a|the) date (for it|to do it|to end it|to end things|to go)\b",
    r"\b(wish|wished|wishing) (it|the \w+|cancer|god|he|she|they|death)( had)? (taken|took|take) me( instead)?\b",
    r"\b(wish|wished|wishing) it( had been| was| were|'d been) me instead\b",
    r"\bcall(ing|ed)? it a day on (life|living|everything|it all|this life|my life)\b",
    r"\b(fine|ok|okay|better|happier|alright|easier) without me\b",
    r"\b(manage|cope|get on|get by|carry on|move on|be fine|do fine|do better|be better)( [\w']+){0,2} without me\s*(\||$)",
    r"\blook(ing|ed)? at (the )?(train tracks|tracks|bridge|edge|rope|drop)\b",
    r"\b(look|looking|looked|staring|stared|checking|checked|googling|googled)( at)?( [\w']+){0,6} (level crossing|railway line|train tracks)\b",
    r"\bwhat's( even| really| actually)? the point (of|in) me(\s*(\||$|\?)|( even| still)? (being|existing|living|breathing|staying)\b)",
    r"\bgiv(e|ing)( [\w']+)? up on (life|living|everything|myself)\b",
    r"\b(have|got|getting) (the|my) (rope|knife) ready\b",
    // Lied about being safe: "my counsellor asked if i felt safe and i lied and said yes".
    r"\basked (me )?(if|whether) i( felt| feel| was| am|'m| were) (safe|having (any )?(thoughts|suicidal thoughts))\b.{0,25}\b(i )?(lied|fibbed|said yes but|said no but|wasn't honest|didn't tell the truth|didn't tell (her|him|them) the truth)\b",
    r"\b(lied|lie|lying|fibbed)( to (her|him|them|my \w+|everyone|the (gp|doctor|nurse|crisis team)))? (and said|and told (her|him|them)|when i said|about being) (that )?(i )?(was |am |'m |felt |feel )?(safe|(not|wasn't|was not|am not|i'm not) (suicidal|having (any )?(suicidal )?thoughts|going to do anything))\b",
    // A goodbye: "i love you all, remember that".
    r"(^|\| )i love (you|you all|you both|all of you|everyone|them all)( so much| very much)?( \|)? (remember|never forget|don't ever forget|always remember) that\s*(\||$)",
    r"\b(said|saying|say) (my |a |a proper |my last |a last |a final )?goodbyes?\b",
    r"\b(except|other than|apart from|than|only option is|only way out is) (ending it|ending things|to end it|dying|death|suicide)\b",
    r"\b(nobody|no one|noone) (needs|wants|loves|cares about) me\b",
    r"\b(might as well|may as well) (be dead|die|not be here|not exist|end it)\b",
    r"\b(want|need|wish|wishing) (it all|everything|it|this|the pain|life) to (stop|end) (for good|forever|permanently)\b",
    r"\b(want|need) (it all|everything) to (stop|end)\b",
    r"\b(if|when|once) i('m| am| was| were)? (gone|dead|not here|not around|no longer here)\b",
    r"\b(drive|driving|drove|crash|crashing|steer|steering)( my car)? (into|off) (a|the) (wall|tree|lorry|truck|bridge|river|cliff|oncoming|motorway)",
    r"\b(imagin\w*|plann\w*|think\w* about|picture|picturing) my (own )?funeral\b",
    r"\b(decided|worked out|planned|know|figured out|thought about) (how|when|where) (i'd|i would|i will|i'll|i'm going to|to) (do it|end it|go)\b",
    r"\bresearch(ing|ed)? ((suicide )?methods\s*(\||$)|(suicide )?methods (of|to|for)|(ways|how) (to|of|i could|i'd|i would) (do it|end it|die|dying|kill myself|killing myself|end my life|ending my life|go through with it|end things))",
    // Measuring a drop: "i looked up how high the car park is".
    r"\b(looked up|looking up|look up|googled|googling|google|checked|checking|researched|researching|find out|found out|finding out|worked out|working out) how (high|tall|far down|deep|high up) (the|a|that|this) (\w+ ){0,2}(bridge|car park|multi storey|building|cliff|tower|block|roof|viaduct|drop|river|water|flats|balcony|window)\b",
    // The act as quick and done: "it'd be over in seconds".
    r"\b(it'd|it would|it'll|it will|it could|it'd all|it would all|all) be over (in (seconds|a second|a few seconds|a minute|minutes|a moment|an instant)|so quickly|quickly|quick|fast|in no time)\b",
    // How quick or easy it would be, said of an end: "the railway line and how quick it
    // would be".
    r"\bhow (quick|quickly|easy|easily|simple|painless|fast) it( would|'d| could| might) be( to (just )?(end|jump|step|let go|not|drive|crash|go|do it|die|fall))?\s*(\||$)",
    r"\bhow (quick|easy|simple|painless|fast) it( would|'d| could| might) be to (just )?(end it|jump|step out|step off|let go|not wake|drive off|drive into|crash|die|fall|do it)\b",
    // A ligature: "stood on a chair with my dressing gown belt".
    r"\b(stood|standing|stand|got|climbed) on (a|the|my) (chair|stool|ladder|bed|bath)( [\w']+){0,3} with (a|my|the) (belt|dressing gown belt|dressing gown cord|cord|rope|scarf|tie|cable|lead|ligature|noose)\b",
    r"\b(belt|cord|rope|cable|ligature|noose)( [\w']+){0,2} (round|around) my (neck|throat)\b",
    r"\b(tied|tie|tying|wrapped|wrap|wrapping|pulled|pull|pulling) something (tight |tightly )?(round|around) my (neck|throat)\b",
    // "gonna neck myself": hanging, in British slang ("neck a pint" is drinking).
    r"\bneck (myself)\b",
    // No future with oneself in it: "can't picture a future with me in it".
    r"\b(can't|cannot|can not|don't|do not|couldn't|could never|never)( really| even)? (see|picture|imagine|envisage|envision) (a|any|the) (future|world|life|tomorrow|next year)( [\w']+){0,2} with me (in it|still (here|around|alive|in it))\b",
    r"\b(scarf|tie) (tight |tightly )?(round|around) my (neck|throat) (and|to) (pulled|pull|tightened|tighten|stop|cut off)\b",
    // Waiting for a train that does not stop.
    r"\b(waited|waiting|wait|stood|standing) (on the platform )?for (a|the) (fast|non stop|non stopping|express|through) train\s*(\||$)",
    // A death chosen: "i'd rather go on my own terms".
    r"\b(go|die|end it|end things|end my life|leave this world|check out) (on|at) (my own terms|a time of my choosing|a time i choose)\b",
    // Ending it, said as what one is doing: "i'm ending it", "i'll end it tonight".
    r"(^|\| |\b(i'm|i am|im|i will|i'll|i'm going to|i am going to|i'm gonna|going to|gonna|need to|i need to|have to|i have to|got to|gotta) )(just )?(end|ending) (it|it all|things|everything|my life)( tonight| today| now| soon| tomorrow| for good| here| there| later| once and for all| right now| this time| again| (after|before|on|at|this|next|by) \w+)?\s*(\||$|\?)",
    // UK slang: "top myself".
    r"\b(top|topping|topped|tops) (myself|meself|my self)\b",
    r"\b(want to|wanna|going to|gonna|i'll|i will|need to|about to|ready to) jump( now| tonight| today| soon| right now| for good| this time| again)?\s*(\||$)",
    r"\blet (it|this|everything|it all) (all )?end( now| tonight| here)?\s*(\||$)",
    // A farewell: "this is goodbye", "i'll be gone by morning", "it ends tonight".
    r"(^|\| )(so )?(this is|this'll be|this will be) (goodbye|the end for me|my goodbye|my last (message|entry|post))( then| now| everyone| all| for good| for ever| forever)?\s*(\||$)",
    r"\b(i'll|i will) be gone (by|before) (morning|tomorrow|the morning|the weekend|then|sunrise|monday|tonight)\b",
    // A spot scouted where nothing stops a fall: "i've started looking at the train times and
    // the bit of the line with no fence".
    r"\b(looking at|looked at|look at|checking|checked|found|finding|know|scoped out|scoping out|walked to|been to|worked out|noticed)( [\w']+){0,10} (bit|part|stretch|section|spot|place|gap)( of the| on the| by the| near the| of| on)? (line|track|tracks|railway|bridge|cliff|cliffs|edge|river|canal|quarry|pier|viaduct|platform|motorway|multi storey|car park)( [\w']+){0,3} (with|where there's|where there is|that has|where there are|without) (no |any )?(fence|fencing|barrier|barriers|railings?|cameras|cctv|one around|staff)\b",
    // Sorrow spared ahead of news: "don't be sad when you hear".
    r"\b(don't|do not|try not to|please don't) (be sad|cry|blame yourself|blame yourselves|feel guilty|be angry)( \|)? when (you|they|everyone|my \w+) (hear|hears|find out|finds out|get the news|read this|reads this|find me|finds me)\s*(\||$)",
    // A place to go once no one will see: "when he's asleep tonight i'm going to the bridge".
    r"\b(when|once|after|as soon as) (he's|she's|they're|everyone's|everybody's|the kids are|the house is|my \w+ is|my \w+'s) (asleep|in bed|out|at work|gone|quiet)( tonight)? (i'm|i am|i'll|i will|i'm going to|i'm gonna) (go|going|walk|walking|drive|driving|head|heading)( down| up| out)? to the (bridge|cliffs?|viaduct|multi storey|car park|tracks|railway|river|sea|edge|quarry|pier)\s*(\||$)",
    r"\b(i'll|i will) be gone (when|before|by the time) (you|anyone|anybody|someone|they) (next )?(check in|check on me|come back|log in|look|open (this|the app)|hear from me|message|text)( next)?\s*(\||$)",
    // Read after: "by the time anyone reads this i'll be gone".
    r"\b(by the time|when|once) (you|anyone|anybody|someone|somebody|they|my \w+|people|you all) (read|reads|see|sees|find|finds|get|gets|open|opens) (this|these|my \w+)( \|)? (i'll|i will|i'd|i would|i) (already )?(be (gone|dead|at peace|long gone|somewhere better)|not be (here|around|alive)|won't be (here|around|alive))( for good| forever)?\s*(\||$)",
    r"(^|\| )(it|this|it all|everything) ends (tonight|today|now|this weekend|tomorrow)\s*(\||$)",
    // Burdensomeness said plainly: "i'm a burden", "i'm a burden to everyone".
    r"\b(i'm|i am|im|i feel like|i feel) (just |only |nothing but )?(such )?a (total |complete |huge )?(burden|drain)( (to|on) (everyone|everybody|my family|my kids|my partner|them|people|you all|the people i love|my \w+))?\s*(\||$)",
    r"\bmy plan is to (do it|end it|go through with it|end things|end my life|go)\b",
    r"\b(cliff|cliffs|edge|bridge|balcony|railing|railings|roof)( [\w']+){0,8} (going over|go over|jumping|jump off|throwing myself|throw myself)\b",
    // Exhaust fumes.
    r"\b(in|inside) the (garage|car)( [\w']+){0,4} with the engine (running|on|going)\b",
    r"\bhose(pipe)? (to|from|on|in|into|through) the (exhaust|car window)\b",
    r"\b(talk|talks|talking|talked|discuss|discusses|discussing|share|shares|sharing|compare|comparing|swap|swapping) (about )?(suicide |different |painless |quick |their )?methods( \||\s*$| and | but )",
    // A parent who thinks the children would do better with another: "they'd have a better
    // life with a mum who isn't broken".
    r"\b(have a better life|be better off|be happier|do better|grow up happier) with (a|another|a different|a proper|a normal|a better|a real) (mum|mother|dad|father|parent|mam|mom)\b",
    r"\b(thinking of|thinking about|thought about|want to|going to|might|tempted to) jump(ing)?( \||$| off| from| in front| and (i|i'm|lately|now|sometimes|part of me|honestly|it's)\b)",
    // To join someone who has died: "my brother killed himself last year and i want to be
    // with him".
    r"\b(died|passed|passed away|killed (himself|herself|themselves)|took (his|her|their) (own )?life|was killed|(is|'s) gone)\b.{0,60}\b(want|wanna|need|long|wish i could|just want|i'd like) to (be|go|join) (with )?(him|her|them)( again| now| so much| so badly| soon)?\s*(\||$)",
    // Not existing looked forward to: "can't wait to not exist".
    r"\b(can't wait|cannot wait|looking forward|i long|longing|i'd love|i would love) (to|for) (not exist|not existing|stop existing|not be here|not being here|be dead|being dead|die|dying|not wake up|not waking up|never wake up|never waking up)\b",
    // A hose readied in the car: "i sat in the car with the hose ready".
    r"\b(car|garage|exhaust)\b.{0,40}\bhose( ?pipe)? (ready|attached|fitted|in place|taped( up)?|set up)\s*(\||$)",
    // Told to kill oneself: "people at school tell me to kys every day".
    r"\b(tell|tells|telling|told|keep telling|keeps telling|say|says|saying|said|message|messages|messaged|text|texts|texted) me (to|i should|i ought to|that i should) (kill myself|kill yourself|go (and )?die|die|hang myself|hang yourself|neck myself|neck yourself|end it|end myself|jump off)\b",
    // Life resigned from: "i'm handing my notice in on life".
    r"\b(hand|hands|handing|handed|give|giving|gave|put|putting|hand in|handing in)( in)? my notice( in)? (on|to) (life|living|the world|everything|existence)\b|\b(resign|resigning|resigned|quit|quitting|clock|clocking|clocked|check|checking|checked) (out )?(from|of) (life|living|existence)\b",
    // Intrusive thoughts no longer felt as unwanted: "i get intrusive thoughts about jumping
    // and lately i'm not sure they're intrusive".
    r"\b(intrusive|unwanted|dark|horrible) (thoughts?|urges?|images?)\b.{0,60}\b(not sure|don't know if|do not know if|no longer sure|starting to think|beginning to think|wonder if|wondering if) (they're|they are|it's|it is|they|these are) (still |really |just |only )?(intrusive|unwanted|just thoughts|only thoughts|ocd|intrusive anymore)\b",
    // Told not at risk, but a plan: "my therapist says i'm not at risk but i have a plan".
    r"\b(not at risk|not suicidal|safe|not a risk)\b.{0,40}\b(but|and) i( have|'ve| have got|'ve got| got) a plan(\s*(\||$)| to (do it|end it|end things|die|kill myself|go through with it))",
    // A goodnight said as the last: "i said goodnight to the kids like it was the last time |
    // it probably is".
    r"\b(like|as if|as though) it (was|were) (the|my) (last|final) (time|goodnight|goodbye|hug|kiss)\b.{0,25}\b(it (probably|might|may|could|will|really) (is|be)|maybe it (is|was|will be)|it is)\b",
    // A better place without me: "the world would be a better place without me in it".
    r"\b(better|happier|nicer|safer|easier|calmer) (place|world|house|home|family|life|lives) without me\b",
    // Fear of obeying the voices: "i'm scared i'll do what the voices say".
    r"\b(scared|afraid|worried|frightened|terrified|feel like) (i'll|i will|i might|i'm going to|i am going to|i have to|i've got to) (do|listen to|obey|give in to|act on) (what )?(the voices?|the voice in my head|my voices)( say| says| tell me| tells me| want| wants)?\s*(\||$)",
    r"\b(won't|will not|wont|not going to|don't think i'll|dont think i'll|doubt i'll) make it (to|through|past|until|till) (christmas|the weekend|next [\w']+|my birthday|the end\s*(\||$)|the end of (the |this )?(week|month|year|day)|tomorrow|new year)",
    // A time one will not see: "i don't think i'll see the morning", "i won't see christmas".
    // Said by the speaker, and ending the clause ("we won't see christmas with my family").
    r"(^|\| |\bi |\bi'm |\bi am )(won't|will not|wont|not going to|not gonna|never going to|doubt i'll|don't think i'll|dont think i'll|don't think i will|don't expect to|do not expect to) (see|live to see|be alive (for|at|to see)|be around (for|to see)|be here to see) (the morning|morning|tomorrow|christmas|my (next )?birthday|new year|the new year|the weekend|the sunrise|another (day|week|month|year|summer|winter|spring|autumn|christmas|birthday)|next (year|week|month|christmas|summer|spring)|the end of (the |this )?(week|month|year))( now| tbh| to be honest| honestly| anyway)?\s*(\||$)",
    r"\b(feel|feels|felt|feeling) like (ending it|ending things|ending my life|dying|giving up on life)\b",
    r"\b(would|does|will|did) (it|anyone|anybody|they|people) (even )?(matter|care|notice|miss me) if i (just |simply |suddenly |quietly )?(died|was gone|were gone|wasn't here|weren't here|was not here|wasn't around|disappeared|vanished|was dead|were dead|killed myself|topped myself|never came|didn't wake|didn't come|left for good|stopped existing|ended it|did it|went|wasn't alive|stopped being here|didn't exist)\b",
    r"\bstop (existing|living|being alive|breathing)\b",
    r"\b(want|wanna|wanted|wish|wishing|need|going|like) to (just )?(unexist|un exist|cease to exist|cease existing)\b",
    r"\b(lost|losing|lose|no|don't have (the|any)|haven't got (the|any)) (the )?will to (live|go on|carry on|keep going|be alive)\b",
    r"\b(little|no|not (much|any)|hardly any|barely any) (reason|point|purpose) (left )?(to|in) (continue|continuing|carry on|carrying on|go on|going on|keep going|live|living|be alive)( anymore| any more| living| with life| at all| like this| for me)?\s*(\||\?|$)",
    // Wanting to join someone who has died.
    r"\b(died|dead|passed|passed away|lost|gone|death)\b.{0,60}\b(want|wanna|wish|need|long|longing|ready) to (join|be with) (him|her|them|my \w+)( again| now| soon| in heaven| up there)?\s*(\||$|\?|(so|more|and|but|because|cos|every|all)\b)",
    r"\b(want|wanna|wish|need|long|longing|ready) to (join|be with) (him|her|them|my \w+)( again)?( \|)? (in heaven|up there|on the other side|wherever (he|she|they) (is|are|went|may be|might be))\b",
    r"\b(easier|better|simpler|best|kinder)( for everyone| for them)? (to|if i) (just )?((not (be|being) (here|around|alive)|(wasn't|weren't) (here|around|alive))(\s*(\||$)| (any ?more|anymore|at all|any longer|for them|for everyone|full stop|for good))|disappeared|died|was gone|were gone|stopped( existing| living| being here)?( \||$))",
    r"\bkill(ing|ed)? (my ?self|me self)\b",
    r"\bsuicid",
    r"\b(end|ending|take|taking|took) (my|my own) life\b",
    r"\bend (it all|my life|everything|my ?self)\b",
    r"\b(want|wanted|wanting|going|planning|plan|thinking of|thinking about|thought about|might|could|should|just|ready) (to )?(end|ending) (it|things|this)\b",
    r"\b(want|wants|wanted|wanting|wish|wishing|ready|like|longing) (to )?(die|be dead|not be (here|alive|around))\b",
    r"\bnever (been|be) born\b",
    r"\b(done|finished) with (life|living|everything|it all|being alive)\b",
    r"\b(wouldn't|would not|don't|do not|wouldnt) mind (not waking up|if i (didn't|did not) wake up|dying|if i died|being dead)\b",
    r"\b(ways|how) to (die|kill myself|end (it|my life|things))\b",
    r"\bhow many (pills|tablets|paracetamol)( [\w']+){0,4} (die|kill|end|stop (your|my|a|the) heart|be (fatal|lethal|deadly|a lethal dose))\b",
    // Bought a little at a time so no one notices.
    r"\b(buying|bought|buy|getting|got|collecting) (paracetamol|pills|tablets|painkillers|packets)( [\w']+){0,3} (from|in|at) (different|lots of|several|loads of|a few|various|separate) (shops|chemists|pharmacies|supermarkets|places)\b.{0,30}\b(so|cos|because) (they|nobody|no one|people|the staff)( [\w']+)? (don't|doesn't|won't|wouldn't|can't) (notice|ask|suspect|know|realise|question)\b",
    r"\b(won't|will not|not going to|wont) be (here|around|alive)( [\w']+){0,2} (much longer|for long|anymore|next (week|month|year)|by (then|tomorrow|the weekend|christmas|easter|new year|my birthday|the summer|the end of the (week|month)))\b",
    r"\b(nobody|no one|noone)( [\w']+){0,2} (miss|notice|care)( [\w']+){0,2} (me|i (died|was gone|was dead|killed myself|wasn't here)|if i (just )?(died|was gone|was dead|were dead|were gone|disappeared|vanished|killed myself|ended it|never came (home|back)|didn't come (home|back)|wasn't (here|around|alive)|weren't (here|around|alive)|stopped (existing|breathing|being here)|left for good))\b",
    r"\bwish (i|id|i'd) (was|were|had|could) (dead|die|died|never (been )?born|not (here|alive|around)|stop existing)\b",
    r"\bwish (i|id|i'd) could (just )?(disappear|vanish|not exist|unexist|un exist|cease to exist|stop existing)( forever| for good| completely)?( \||$)",
    r"\bwish i (wasn't|weren't|didn't) (here|alive|around|exist|wake up)\b",
    r"\b(better|best) off (dead|gone|without me|if i (was|were|wasn't|weren't) (gone|here|around|dead))\b",
    r"\b(better|happier|easier) (off )?(without me|if i (was|were) (gone|dead|not here)|if i (wasn't|weren't) (here|around))\b",
    r"\bno (point|reason|sense|use|good) (in |to )?(me )?(living|being alive|live|being here|existing|stay alive|(go on|going on|carry on|carrying on)(\s*(\||$|\?)| living| like this| anymore| any more| without| with (life|it all|this life|living)))",
    // Not "i don't want to go on the trip" or "live in london".
    r"\b(don't|do not|doesn't) want to (be alive|exist|(live|be here|wake up|go on|carry on|keep going)(\s*(\||$|\?)| anymore| any more| no more| more\s*$| like this| living| tomorrow| again| in the morning| on this earth| in this world| now| ever again| without (him|her|them|my \w+)| with (life|living|this|it all|any of it)| (lol|tbh|honestly|really)))",
    // Not "be around people": "i don't want to be around anymore".
    r"\b(don't|do not|doesn't) want to be around(\s*(\||$)| anymore| any more| much longer| for much longer| next (week|year|month)| for (christmas|the kids|my kids|them))",
    r"\bcan't (go on|carry on|keep going|do this anymore|cope anymore|take (it|this|any more|much more) anymore|take it any more)\b",
    // "i can't do another day", said whole.
    r"\b(can't|cannot|can not|couldn't) (do|face|take|survive|get through|live|manage) (another|one more) day( of (this|it|living|life|feeling like this|being me))?( like this)?( anymore| any more)?\s*(\||$)",
    r"\b(life|living)( is| isn't| is not| aint| ain't)? (not )?worth (living|it anymore|nothing)\b",
    r"\bnot worth (living|being alive|being here)\b",
    r"\b(tired|sick|exhausted) of (living|being alive|life|existing|being here)\b",
    r"\b(hang|hanging|hanged|drown|drowning|shoot|shooting|gas|gassing|electrocute|poison|poisoning) (my ?self)\b",
    // The place may be named more closely: "jumping off the library roof".
    r"\b(jump|jumping|throw myself|step|stepping|walk|walking|lie down|lay down) (off|from|in front of|under) (a |the |my )?([\w']+ ){0,2}(bridge|building|roof|train|trains|cliff|car|cars|balcony|bus|buses|lorry|lorries|truck|trucks|tracks|tower|motorway|platform|ledge|edge|cliff edge)",
    r"\brather (be dead|die|not (be here|exist|be alive|wake up))\b",
    r"\b(thoughts?|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (of|about) (dying|being dead|ending it|ending things|killing myself|suicide|not being (here|alive|around)|ending my life|taking my life)\b",
    r"\bno way out\b",
    // "there's only one way out of this debt"; "the only way out is through" is the
    // exposure saying, not this.
    r"\b(there's|there is|i see|i can see|i can only see|i've got|i have|i know) (only one|just one|only the one) way out\b( of (this( (debt|mess|pain|hell|life|situation|nightmare|misery|hole|marriage|illness|depression|anxiety|shit|crap|world))?|it|here|my \w+|these \w+|all this))?( now| left| for me| and)?\s*(\||$|and\b)",
    // Fear of what one might do, said bare: "i'm scared of what i might do tonight".
    r"\b(scared|afraid|frightened|terrified|worried|petrified) (of|about) what i( might| may| could| will|'ll| would|'d| am going to|'m going to) do( to myself)?( tonight| today| right now| now| this weekend| later| if (i'm|i am) (left )?(alone|on my own)| when (i'm|i am) (alone|on my own))?\s*(\||$)",
    r"\b(scared|afraid|frightened|terrified|worried|petrified) (of|about) what i( might| may| could| will|'ll| would|'d| am going to|'m going to) do to myself\b",
    // Treatment refused and an end chosen: "i'm not doing chemo again | i'll do it my own way".
    r"\b(not|never|no more|refuse|refusing|refused|stop|stopping|stopped|won't|will not|done with|finished with)( [\w']+){0,2} (chemo|chemotherapy|treatment|dialysis|radiotherapy|transplant|my meds|medication|insulin|hospital|hospice)\b.{0,60}\b(i'll|i will|i'm going to|i am going to|gonna|going to|want to|i'd rather) (do it|go|end it|end things|finish it|finish things|leave) (on )?my own (way|terms)\s*(\||$)",
    r"\b(hope|hoped|hoping|wish|wished|wishing|want|wanted|pray|prayed|praying) (that )?(i )?(don't|didn't|won't|wouldn't|wouldn't|never|not|dont) wake up\b",
    r"\b(go|went|going) to sleep and (never|not) wake up\b",
    r"\bwhat's( even| really| actually)? the point (of|in) (living|life|being alive|me being here|being here|anything anymore)\b",
    r"\b(don't|can't|do not|cannot|can never) see (the|any|a) point (in|of) (me )?(being alive|living|staying alive|existing|being here|carrying on|going on|life|my life)\b",
    // What keeps one from it: "she's the only reason i haven't ended it yet".
    r"\b(only|one|main) (reason|thing) (i|that i) (haven't|have not|havent|didn't|did not|don't|do not) (ended it|killed myself|done it|gone through with it|topped myself|ended my life|ended things)\b",
    // Lethal heights asked bare: "how high does a bridge need to be".
    r"\bhow (high|tall|far)( up)? (does|do|would|should|has|have) (a|the) (bridge|building|drop|fall|cliff|jump|car park|multi storey|balcony|window|roof)( [\w']+){0,2} (need|needs|have|has) to be( to (die|kill (you|someone|me)|be fatal|be sure|do it|work))?\s*(\||\?|$)",
    // The world going on without one: "it'd keep turning without me too | so why bother".
    r"\bwithout me( too| anyway| just the same| just fine)?( \|)? (so )?(why bother|what's the point)\s*(\||\?|$)",
    r"\bfor when (you|they|someone|somebody|my \w+|people|anyone) (find|finds|found) (this|me|it|these|my body)\b",
    r"\b(you|they|nobody|no one|everyone|my \w+)( will|'ll)? (won't|will not|wont|never|not) (have to|need to|going to have to) (bother|deal|put up) with me( again| anymore| any more| after (tonight|today|this)| from (tonight|now on))\b",
    // Going on with life, not with a diet: "what's the point in carrying on when nothing
    // changes", not "... carrying on with the diet".
    r"\bwhat's( even| really| actually)? the point (of|in) (going on|carrying on|keeping going|keep going)(\s*(\||$|\?)| living| like this| anymore| any more| without| with (life|it all|this life|living)| when| if| because| cos| tbh| honestly| now| at all)",
    r"\bgoodbye (everyone|forever|cruel world|world)\b",
    r"\b(suicide|goodbye|farewell) (note|letter)s?\b",
    r"\b(written|writing|wrote) (a |my )?(note|letters?) (to|for) (everyone|my family|my kids)\b",
    r"\b(disappear|vanish) (forever|for good|permanently)\b",
    r"\bwant (someone|somebody|something|it) to kill me\b",
    r"\b(my )?life(('s| is| feels) | )(so |just |completely |totally )?(pointless|meaningless|over)\b",
    r"\b(give|gives|given|giving|gave) (away )?(my|all my|most of my) (things|stuff|belongings|possessions)( away)?\b",
    r"\b(sorted|ready|in order|organised|tidied up) for (after|when i'm gone|when i am gone)( \||$)",
    r"\b(nobody|no one|noone) would (even )?(miss|notice) me\b",
    r"\b(a )?burden (to|on) (everyone|everybody|my family|them|people)\b",
    r"\b(bought|got|getting|have) (a )?rope\b",
    r"\bnot (be|being) (here|around) (much longer|for long|anymore)\b",
    r"\b(don't|do not) see (a|any) (future|point)\b",
    r"\bi('ve| have)? (had|have) enough of (life|living|everything)\b",
    r"\b(want|wish|need|ready for) (it|everything|this|things|life)( all)? to (be over|end|stop) (for good|forever|permanently|for ever)\b",
    r"\btake myself out of (the picture|it all|the equation|this world|the world)\b",
    r"\b(want|wish|like|rather|longing|ready) to (just )?(go to sleep|fall asleep|sleep) (forever|for ever|for good|permanently|and (not|never) (wake( up)?|come back))\b",
    // Going somewhere and not coming back: "going to the cliffs this weekend and not
    // coming back".
    r"\b(go|going|goes|went|walk|walking|drive|driving|head|heading|swim|swimming|off)( [\w']+){0,8} (and|&) (i'm |i am |i'll |i will |i won't be |i )?(not|never|won't be) (come|coming) (back|home)\b",
    r"\bwant out of (this )?(life|living|it all|everything|this world)\b",
    r"\b(how|when|where) i'?d (do it|end it|end things|kill myself)\b",
    r"\b(don't|do not|can't|cannot|dont|cant) (think|see|imagine)( that)? (i'll|i will|myself|me)( still)? (be |being )?(here|alive|around)\b",
    r"\bthink(ing)? about (death|dying) (all the time|constantly|every day|most of the time|more and more)\b|\b(death|dying) (seems|feels|sounds|looks) (peaceful|like (a relief|the answer|the only (way|option)|an escape))\b",
    r"\b(life|living|existing)( [\w']+){0,4} want (it|this) (all )?over\b",
    r"\bcan't face (another|one more) day\b",
    r"\b(when|after|once) i'm (gone|dead)\b",
    r"\b(look|looking|staring|stare|stared|looked)( at)? (the|my|those) (pills|tablets|rope|knife|blade)s? and (think|thinking)\b",
    r"\b(letters?|notes?|messages?) to say (sorry|goodbye) to (everyone|my family|them|my kids|people)\b",
    r"\b(why|no reason to|can't see a reason to|what's the point in|whats the point in) stay(ing)?( alive| here| around)?( \||$|\?)",
    r"\b(scared|afraid|frightened|worried|terrified) (of )?what (i (might|could|will|would)|i'll|i'd|i'm going to|i am going to|i may) do to myself\b",
    r"\b(can't|cannot) be (here|around) (much longer|anymore|any more)\b",
    r"\b(don't|do not|dont) think i can (be here|go on|carry on|keep going|stay alive)( much longer| anymore| any more)?\b",
    r"\b(wish|wishing|hope|hoping|pray|praying) (i'd|i would|i could|id) (just )?die\b",
    r"\bwalk(ing)? into the (sea|river|water|traffic)\b",
    r"\bnothing (left )?to live for\b|\bnothing left for me\b",
    // Life wanted over: "i hate my life and want it to end".
    r"\b(my life|life|living|existing|being alive|being me)\b.{0,30}\b(want|wanting|need|wish) (it|it all|this|my life) (to end|to be over|to stop|over|gone)( now| for good| forever)?\s*(\||$)",
    r"\b(not sure|don't know if|dont know if) i want to (be alive|live|be here|exist)\b",
    r"\bplann\w* my (death|suicide|exit|own death)\b",
    r"\b(relieved|happier|better off|glad) if i (died|was dead|were dead|was gone|killed myself|disappeared|wasn't here|was not here|wasn't around|left for good)\b",
    // A future that isn't there; a reason to stay that is the only one.
    r"\b(can't|cannot|don't|do not|can not) (see|imagine|picture) (myself|me) (getting|growing|being|living to be) (old|older|30|40|50|a grandparent)\b",
    r"\b(can't|cannot|don't|do not) (see|imagine|picture) (myself|me) (still )?(here|alive|around) (in|by|next|this time next) \w+",
    r"\bonly (still )?(here|alive|around|hanging on) (because|for) (of )?(my (kids|children|son|daughter|family|mum|mom|dad|partner|husband|wife|dog|dogs|cat|cats|pets?|parents|nan|gran|sister|brother|baby|grandchildren)|them|him|her|the (kids|children|dog|cat|baby))\b",
    r"\bno (reason|wish|desire|will|want) (for me )?to (be here|be alive|live|exist|stay alive|(go on|carry on|keep going)(\s*(\||$|\?)| living| like this| anymore| any more| without))",
    r"\b(wish|wishing) i('d| had) never (woken|woke)\b",
    r"\b(fall|go) (asleep|to sleep) and (that|it) (be|is|to be) (it|the end)\b",
    r"\b(wouldn't|would not|won't|wouldnt|don't|do not) (care|mind) if (a|the) (bus|car|train|lorry|truck) (hit|hits|ran over|runs over|killed) me\b",
    r"\b(wouldn't|would not|won't|wouldnt|don't|do not) (care|mind) if i (got hit|was hit|got run over|crashed|didn't come home|never came back)\b",
    // Who is to be told: "i've written down the names of everyone i want told".
    r"\b(everyone|everybody|people|the people|who|whoever) (i want|to be|that should be|who should be|i'd like|i would like) (told|informed|contacted|rung|called|phoned|to be told)\s*(\||$)",
    // Children kept from finding: "left a note on the door telling them not to let the kids in".
    r"\b(note|sign|message)( [\w']+){0,4} (telling|to tell|asking|saying|for) (them|people|whoever|everyone|\w+) (not to|don't|to not|do not) (let|bring|send) (the kids|the children|my (kids|children|son|daughter|boys|girls)) (in|up|upstairs|inside|round|through|see)\b",
    // One last walk, with only a place or a time after (not "... before bed").
    r"\b(took|take|taking|had|have|having|went for|go for|going for|gave|give|giving) (the dog |the dogs |her |him |them )?(on )?one (last|final) (long |little |big )?(walk|cuddle|hug|drive|swim|run)( (by|along|on|in|at|round|around|through|to|with|down|up) [\w' ]{1,30})?( today| tonight| this morning| this evening| this afternoon)?\s*(\||$)",
    // Going nowhere in particular, just going: "not to a place | just going".
    r"\bnot to (a place|anywhere|somewhere)( in particular)?( \|)? (just|i'm just|i am just) (going|gone|leaving)\s*(\||$)",
    // Calm now the day is known: "its weird how calm i feel now i know when".
    r"\b(calm|calmer|peaceful|at peace|relieved|lighter|settled)\b.{0,30}\b(now )?(that )?i( know|'ve decided| have decided| decided| picked| chosen|'ve picked|'ve chosen) (when|the date|the day)( and (how|where))?\s*$",
    // The will laid out: "put the kids' birth certificates and my will on the kitchen table".
    r"\b(put|left|laid|placed|leaving|putting)( out)? ([\w' ]{1,40} and )?(my|the) will (out )?(on|by|next to|under) the (kitchen |dining )?(table|side|bed|desk|counter|worktop|mantelpiece|fridge)\s*(\||$)",
    // Care cancelled as pointless: "i cancelled my gp appointment next week | no point now".
    r"\b(cancelled|canceled|cancelling|cancel)( [\w']+){0,6} (appointment|appointments|session|sessions|therapy|counselling|prescription|meds|medication|referral)\b.{0,30}\bno point( in (it|going))?( now| anymore| any more)\s*(\||$)",
    // The mess to be left: "i'm sorry for the mess i'm going to leave".
    r"\bsorry (for|about) (the|all the|any) mess i('m| am| will|'ll) (going to |gonna |about to )?leave( behind| you| them| for (you|them|everyone))?\s*(\|\s*(please|i love|tell|forgive|sorry|goodbye|bye)\b|$)",
    // Cards for years ahead, just in case: "wrote my daughter a birthday card for next year
    // just in case".
    r"\b(card|cards|letter|letters|present|presents)( for [\w' ]{1,20})? for (next year|next christmas|her next birthday|his next birthday|their next birthday|every year|future birthdays|the years ahead)\b.{0,20}\bjust in case\s*(\||$)",
    // Debts paid so no one is left with them: "so no one inherits them".
    r"\bso (that )?(no one|nobody|noone|no one else|nobody else) (inherits|inherit|gets|ends up with|is left with|gets left with|has to pay|has to deal with) (them|it|my debts?|the debts?|the bills)\s*(\||$)",
    // The last word heard: "this is the last time you'll hear from me".
    r"\b(this is|this'll be|that's|that is|it's) the (last|final) (time )?(you'll|you will|anyone will|you'll ever|you) (hear|see|get) (from |a message from |anything from )?me( on here| here)?\s*(\||$)",
    // Not seen again, as the last words: "you won't see me on here again".
    r"\b(you|anyone|nobody|no one)( will not| won't| wont| will never|'ll never) (see|hear from) me (on here |here |in here )?again\s*$",
    // Joining the dead, said at a grave: "put flowers on mum's grave and told her i'm coming".
    r"\b(grave|headstone|ashes|memorial|resting place)\b.{0,40}\b(told|telling|tell|promised) (her|him|them) (i'm|i am|i'll be|i will be) (coming|joining (her|him|them)|coming to (her|him|them)|with (her|him|them)|there) ?(soon|too|now|shortly)?\s*(\||$)",
    // Who gets what, written: "wrote a list of who gets what".
    r"\b(list|note|letter|written down|wrote down|sorted|decided|worked out|put)\b.{0,20}\bwho gets what\s*(\||$| and\b)",
    // Peace made with god: "i made my peace with god last night".
    r"\b(made|making|make|make my) (my )?peace with (god|the lord|jesus|allah|dying|death|the end)\b",
    // Love passed on for every day after: "asked my mum to give the dog a cuddle from me
    // every day".
    r"\b(give|gives|giving) (the \w+|my \w+|them|her|him|the kids) (a )?(cuddle|hug|kiss|stroke|squeeze)s? from me (every day|every night|each day|each night|always|forever|for ever|for me every day)\s*(\||$)",
    // Favourite things done one more time: "spent the day doing all my favourite things one
    // more time".
    r"\b(favourite|favorite|fave) (things|places|people|songs|foods?|walks?|films?)\b.{0,30}\b(one (more|last|final) time|for the (last|final) time)\s*(\||$)",
    // A letter waiting where it will be found, as the last words: "there's a letter for my
    // wife in my coat pocket".
    r"\b(there's|there is|i've left|i left|i've put|i put) a letter for (my \w+|her|him|them|the kids|everyone|each of them) (in|on|under|inside|behind) (my|the) [\w' ]{1,25}\s*$",
    // The last ever entry: "last ever entry | ty steady".
    r"\b(last|final) ever (entry|message|post|check in|session|diary entry|note|journal entry)\s*(\|\s*(ty|thanks|thank you|bye|goodbye|take care)\b.*)?$",
    // Love or sorry passed on through whoever sees them: "if u see my mum tell her i said
    // sorry".
    r"\bif (you|anyone|someone|somebody) (see|sees|speak to|talk to|talks to|speaks to) (my \w+|her|him|them)\b.{0,20}\b(tell|say to) (her|him|them) (i said |i'm |that i'm |i )?(sorry|love (her|him|them)|loved (her|him|them))\s*$",
    // One's own funeral dressed for: "ive got my outfit picked for my funeral".
    r"\b(outfit|clothes|suit|dress|coffin|flowers)( [\w']+){0,3} (picked|chosen|sorted|ready|planned|picked out)( out)? for my (own )?funeral\b",
    // A painless way looked up: "i've looked up how to make it painless".
    r"\b(looked up|looking up|look up|googled|googling|researched|researching|reading about|read up on|searched|searching) (how|ways) to (make it|do it|go|die|end it)( (quick|quickly))?( and)? (painless|painlessly|peaceful|peacefully|not hurt)\b",
    // A car turned into something: "i think about just turning the wheel into a wall".
    r"\b(think|thinking|thought|urge|tempted|want|wanted|imagine|imagining)\b.{0,30}\b(turning|turn|steering|steer|swerving|swerve|yanking|yank|pulling|pull) (the wheel|the car|it|off the road)( [\w']+){0,2} (into|in to|towards) (a|the|an|oncoming) (wall|tree|bridge|lorry|lorries|truck|oncoming traffic|traffic|barrier|river|bus|pillar)\b",
    // One's own eulogy written: "i've written my eulogy".
    r"\b(written|wrote|writing|write|drafted|drafting) my (own )?(eulogy|obituary|obit|death notice)( already| now| today| last night)?\s*(\||$)",
    // A life called a good innings, then ready: "it's been a good innings | i'm ready".
    r"\b(it's been|it has been|i've had|i have had|had) a (good|long|decent|fair) innings\b.{0,20}\b(i'm|i am) ready( now| to go)?\s*$",
    // One's things shared out among the family: "sorted my tools into boxes for each of the
    // lads".
    r"\b(sorted|split|divided|shared out|put|boxed)( up| out)? (all )?my (tools|things|stuff|books|records|clothes|jewellery|belongings|medals)( [\w']+){0,3} (for|between|among|amongst) (each of )?(the|my) (lads|kids|boys|girls|grandkids|grandchildren|children|sons|daughters|family)\s*(\||$)",
    // A child better off with the other parent, said last: "the baby's better off with her
    // dad and his mum".
    r"\b(the baby|the kids|the children|my (baby|kids|children|son|daughter|boy|girl|little one)|she|he|they)('s| is| are|'re|'d be|'ll be| would be| will be) better off with (her|his|their) (dad|mum|father|mother|nan|gran|grandparents|nanna|grandma|dad's family|mum's family)( and [\w' ]{1,20})?\s*(\||$)",
    // Work handed to family to take over: "made sure the sheep are sorted for my brother to
    // take over".
    r"\b(sorted|arranged|set up|made sure|organised|handed)\b.{0,40}\bfor (my (brother|sister|son|daughter|wife|husband|partner|dad|mum|nephew|niece|boy|girl|lad)) to take over\s*(\||$)",
    // Life insurance past its first years: "my life insurance is all paid up and it's been two
    // years now".
    r"\blife (insurance|cover|policy|assurance)\b.{0,40}\b(it's been|been|over|past|gone) (two|2|twelve|12|one|a|over a|over two) (years?|months)( now)?\s*(\||$)",
    // Relief at a fatal illness: "if i got a terminal diagnosis i'd be relieved".
    r"\b(terminal|cancer|a tumour|a tumor|incurable|months to live|weeks to live)\b.{0,30}\b(i'd|i would|i'll|i will) be (relieved|glad|happy|grateful|pleased|fine with it|ok with it)\b|\b(relieved|glad|happy|grateful|pleased) if i (got|had|was diagnosed with|found out i had) (a terminal|something terminal|cancer|an incurable|months to live)\b",
    // The quickest means asked: "which painkillers would be quickest".
    r"\b(which|what) (painkillers|pills|tablets|meds|medication|medicine|method|way|drugs)( [\w']+)? (would be|is|are|would|works|work) (the )?(quickest|fastest|most painless|least painful|surest|most reliable)\s*(\||$)",
    // Who would come to one's funeral: "would anyone even come to my funeral".
    r"\b(would|will|do you think) (anyone|anybody|people|many people|my family|they) (even )?(come|turn up|go|care|notice|cry|bother) (to|at|about|if i|when i) (my funeral|i die|i died|i was gone|i'm gone)\b",
    // A means thought about, said bare: "i keep thinking about hanging".
    r"\b(keep thinking|keeps thinking|thinking|think|thought|fantasising|fantasizing|dreaming|daydreaming) about (hanging|drowning|overdosing|slitting my wrists|jumping|gassing myself)\s*(\||$)",
    // A memory box of us for the children: "made a memory box for each of the kids with
    // photos of us".
    r"\bmemory box(es)?\b.{0,40}\b(photos|pictures|pics) of (us|me|me and (them|him|her|the kids))\b",
    // Free at last, no more pretending, as the last words: "finally feel free | no more
    // pretending".
    r"\bfree\b.{0,20}\bno more (pretending|hiding|faking it|fighting|lying|masks?)\s*$",
    // Where to find me: "texted my neighbour where to find me".
    r"\b(told|texted|messaged|emailed|rang|let|tell|text) (my \w+|her|him|them|someone|the police|next door)( know)? where (to find me|they('ll| will) find me|i('ll| will) be found|my body (is|will be))\s*(\||$)",
    // One's last day on earth: "today was my last day on earth".
    r"\b(my|the) last (day|night|week|hours?) on (earth|this earth|the planet)\b",
    // Love said in the past, passed on: "please let my friends know i loved them".
    r"\b(let|tell) (my \w+|them|everyone|everybody|her|him|my family)( know)? (that )?i (loved|always loved|really loved|did love) (them|her|him|you|everyone|all of them|them all)\s*(\||$)",
    // Notes left for everyone: "i've left notes for everyone in the kitchen drawer".
    r"\b(left|leaving|written|wrote|writing|put) (notes|letters|a note|a letter|cards) for (everyone|everybody|each of them|all of them|the family|my family|all my family)( (in|on|under|by|inside) (the|my) (kitchen |bedroom |bedside |top |bottom |desk )?(drawer|table|bed|side|desk|fridge|cupboard|shelf|box|cabinet|kitchen|hall|bedroom|car|mantelpiece))?\s*(\||$)",
    // Sorry said to a pet: "i've told my cat i'm sorry and given her extra food".
    r"\b(told|telling|tell|said to) (my|the) (cat|dog|cats|dogs|rabbit|rabbits|pets?|budgie|horse) (that )?(i'm|i am) sorry( and [\w' ]{1,40})?\s*$",
    // Things given away day by day: "i've been giving my plants and books away all week".
    r"\b(been giving|giving|gave|given) (away )?(all )?(of )?my (things|stuff|belongings|possessions|clothes|books|plants|records|games|jewellery|tools)( and (my )?(things|stuff|belongings|possessions|clothes|books|plants|records|games|jewellery|tools))? away (all week|one by one|bit by bit|this week|to everyone|to friends|to all my friends)\s*$",
    // Blame kept from others: "please don't let them think it was their fault".
    r"\b(don't|do not|never) let (them|her|him|my \w+|anyone|everyone|the kids|my family) (think|believe|blame themselves|feel) (that )?(it was|it's|this was|this is|any of this (was|is)) (their|her|his|your|my \w+'s|anyone's) fault\s*(\||$)",
    // Cleaned so nobody has to: "i've cleaned the flat top to bottom so nobody has to".
    r"\b(cleaned|tidied|cleared|sorted|hoovered|scrubbed|emptied)( [\w']+){0,5} so (that )?(nobody|no one|noone|nobody else|no one else)( has| will have|'ll have| needs| will need) to\s*(\||$)",
    // A password left for whoever needs it: "my phone's password is on a post-it on the fridge
    // for whoever needs it".
    r"\b(password|passcode|pin|passwords|codes|pin number)( for [\w' ]{1,20})?( is|'s| are|'re) (on|in|under|inside|behind|by) (a|the|my) [\w' -]{1,30} for (whoever|whomever|anyone who|the person who|whoever's) (needs|wants|finds|gets) (it|them|me)\s*(\||$)",
    // A card of thanks for everything, as the last words: "sent my mum flowers and a card
    // saying thank you for everything".
    r"\b(sent|sending|given|gave|left|wrote|written|posted) (my \w+|her|him|them|everyone)( [\w']+){0,4} (a )?(card|letter|note|message)s? (saying|to say) (thank you|thanks) for everything\s*(\||$)",
    // A mind made up, then goodbye: "i've made up my mind now | goodbye steady". (Last words
    // do not pair with a bare goodbye, "right i'm off | bye x"; a mind made up does.)
    r"\b(made up my mind|made my mind up)( now| at last| finally)?\s*\|\s*(goodbye|bye|bye bye)( steady| everyone| all| app)?( x+)?\s*$",
    // Food laid in for others for a while: "i've made sure there's enough food in for my
    // husband and the kids for a while" (caught by the backstop, and lost when H5 was folded).
    r"\bmade sure (there's|there is|they've got|they have) (enough|plenty of) (food|meals|milk|money|shopping)( in)? for (my \w+|the kids|them|her|him|everyone)( and (my \w+|the kids))? (for a while|for weeks|for a month|for the next few weeks)\s*(\||$)",
    // No contact wanted after a time, as one's last words: "please don't try to contact me
    // after tonight".
    r"\b(don't|do not|dont) (try to |try and |bother trying to )?(contact|call|ring|text|message|find|look for|come looking for|reach) me (after (tonight|today|this)|ever again)\s*$",
    // Letters for children's days ahead: "wrote each of my grandchildren a letter for their
    // 21st" (not a card for a birthday that is coming).
    r"\b(wrote|written|writing|left|recorded|recording|made) (each of |all of |both of )?(my|the) ([\w']+ )?(kids|children|grandchildren|grandkids|sons|daughters|boys|girls|nieces|nephews) (a )?(letter|letters|video|videos) (for|to open on|to open at|to read on|to read at|to watch on) (their|his|her|each of their|all their) (future birthdays|birthdays to come|every birthday|each birthday|18th|21st|18ths|21sts|weddings?|wedding days?|graduations?)\s*(\||$)",
    // Asked whether anyone would notice one gone for good: "will anyone notice if i stop
    // logging in forever".
    r"\b(will|would|does|do|did)( [\w']+){0,5} (notice|care|realise|know) if i (stop|stopped|disappear|disappeared|vanish|vanished|just stop|just disappear)\b( [\w']+){0,3} (forever|for good|for ever|permanently)\b",
    // Calm once decided: "is it normal to feel calm once you've decided".
    r"\b(feel|feeling|felt|be) (so |really |weirdly |strangely )?(calm|peaceful|at peace|relieved|lighter|settled) (once|now|since|after|when) (you've|you have|i've|i have|i'd|you'd|you|i) (decided|made (the|your|my|a|that) decision|made up (your|my) mind)\s*(\||$|\?)",
    // How long till someone is found: "how long does it take for someone to be found".
    r"\bhow long (does it|would it|will it|till|until|before|do they)( take)?( for)? (someone|somebody|a person|a body|me|you|people|anyone|they)( [\w']+){0,2} (to be found|to get found|is found|gets found|are found|get found|find (me|you|them|someone))\s*(\||$|\?)",
    // Those who would find one: "would it hurt the people who find me".
    r"\b(the (people|person|one|ones)|whoever|whoever it is|anyone) (who|that) (find|finds|found|will find|would find) me\b",
    // Whether one's children would remember one: "will my kids remember me if they're only
    // little" (not a holiday they will remember).
    r"\b(will|would|do you think|if|whether) (my|the) (kids|children|son|daughter|baby|babies|little ones?|grandchildren|grandkids|boys|girls)( [\w']+){0,2} (remember|even remember|forget) me\s*(\||$|\?|if|when|once)",
    // A message passed on after tonight: "can you pass a message on to my gp after tonight".
    r"\b(pass|give|send|get) (a message|this|my message|a note|a letter|these)( on)? to (my \w+|them|her|him|everyone|my family)( [\w']+){0,2} (after (tonight|today|i'm gone|i go|i've gone|i die)|when i'm gone)\s*(\||$|\?)",
    // Funeral songs already chosen: "i've already picked out my funeral songs".
    r"\b(already|just) (picked|chosen|chose|planned|sorted|decided)( out)? (my|the) funeral (songs?|music|hymns?|readings?|outfit|flowers|plans?)\b",
    // Longing for everything to be still for good: "can't wait for it all to be quiet soon".
    r"\b(can't wait|cannot wait|looking forward|long|longing|wish) (for|to) (it all|everything|all of it)( to)? (be )?(quiet|still|silent|peaceful) (soon|forever|for good|at last|finally)\s*$",
    // Going tonight to where a loved one's ashes lie: "i'm going to the coast tonight, to the
    // spot where we scattered dad".
    r"\b(going|heading|off|driving|walking|getting the train)\b.{0,30}\btonight\b.{0,30}\b(where|the spot where|the place where|the bit where) (we|i|they) (scattered|spread|buried|laid) (dad|mum|him|her|them|his ashes|her ashes|their ashes|my \w+|nan|grandad|gran)\s*$",
    // A wedding ring left behind with no reason, or for someone: "i've left my wedding ring
    // in the dish by the door" (not "..., my fingers are swollen").
    r"\b(left|leaving|put|putting) my (wedding|engagement) ring (on|in|by|under) (the|a|my) ([\w']+ ){0,4}(table|bedside table|side|dish|drawer|box|envelope|mantelpiece|shelf|door|windowsill|pillow|bed)( for (him|her|them|my \w+)| with (a|my) (note|letter))?\s*$",
    // The children kept away so they do not see: "i've made sure the kids are at their nan's
    // tonight so they don't see".
    r"\b(kids|children|boys|girls|son|daughter)( are| will be|'re|'ll be| is|'s)? (at|with|staying at|staying with|going to|off to|sleeping at|round) [\w' ]{1,25} (tonight|tomorrow|this weekend|for the night) so (they|she|he) (don't|won't|doesn't|can't|do not|will not) (see|find|have to see|walk in)( it| me| anything| what happens| on me)?\s*(\||$)",
    // Household jobs taught, with nothing said of why: "i've shown my partner how to do the
    // bins and the boiler and the car tax" (not "... before i go on my work trip").
    r"\b(shown|showed|showing|taught|teaching|show|teach) (my (partner|wife|husband|other half|missus|boyfriend|girlfriend|son|daughter|kids|eldest)|her|him) how to (do|work|use|pay|sort|run|manage) (the )?(bins|boiler|bills|finances|car tax|banking|online banking|washing machine|heating|accounts|money|mortgage|council tax)( and (the )?[\w']+( [\w']+)?){1,4}\s*$",
    // Treasured things boxed for someone, with nothing said of why: "i've put my medals and
    // my dad's watch in a box for my son".
    r"\b(put|putting|packed|left|boxed)( up)? my ([\w']+ ){0,2}(medals|watch|ring|rings|jewellery|medal|letters|photos|records)( and my ([\w']+ ){0,2}[\w']+)? (in|into) (a|the|an) (box|envelope|tin|bag) for (my (son|daughter|kids|children|grandson|granddaughter|wife|husband|partner|brother|sister|nephew|niece)|him|her|them)\s*$",
    // One's last week, and not only of the course: "my last week full stop".
    r"\b(my|the) (last|final) (week|day|month|night|christmas|birthday|summer|weekend)( [\w']+){0,2} (full stop|period|ever|on earth)\s*$",
    // Eyes shut at speed: "i drove at 90 on the motorway with my eyes shut for a few seconds"
    // (not the idiom "i could drive it with my eyes shut").
    r"\b(drove|was driving|i've been driving|been driving)\b.{0,40}\bwith (my )?eyes (shut|closed)( [\w']+){0,2} (for|on purpose)\b",
    // Life-keeping medicine stopped on purpose: "i haven't taken my heart meds for a week on
    // purpose | let it happen".
    r"\b(haven't|have not|not|stopped|stopping|skipping|skipped|quit|quitting) (been )?(taking |taken |take )?(my )?(heart|insulin|blood pressure|epilepsy|seizure|diabetes|diabetic|transplant|warfarin|anti rejection|kidney) (meds|medication|medicine|tablets|pills|injections|insulin|jabs)?\b.{0,30}\b((on purpose|deliberately)\s*(\||$)|let it happen|and let (it|nature) (happen|take it's course))",
    // In the bath with something plugged in: "i stood in the bath with the hairdryer plugged
    // in".
    r"\b(stood|sat|sitting|standing|lay|lying|got|get|getting) in the (bath|shower)\b.{0,20}\b(hairdryer|hair dryer|straighteners|toaster|heater|radio|extension lead)( [\w']+){0,2} (plugged in|switched on|turned on)\b",
    // Going home to god: "i'm ready to go home to jesus".
    r"\b(go|going|gone|ready to go|want to go|time to go) home to (jesus|god|the lord|heaven|my maker|my \w+ in heaven)\b",
    // Asked in prayer to be taken: "i asked my nan in my prayers to come and get me".
    r"\b(in my prayers|prayed|praying|pray|my prayers)\b.{0,40}\b(to come and (get|take|fetch) me|to take me( home| away| now| tonight)?)\s*(\||$)",
    // "i've said my last prayers".
    r"\b(said|saying|say) my (last|final) (prayers?|goodbyes? to god)\b",
    // Time to join the dead: "it's time for me to join my son".
    r"\b(time|ready|longing|wish) (for me )?to (join|be with) (my|our) (son|daughter|mum|dad|husband|wife|baby|brother|sister|nan|grandad|partner|boy|girl|little one|twin)( in heaven| up there| again| at last| now| soon)?\s*(\||$)",
    // A pet's things put together for someone, with nothing said of why: "i've put the dog's
    // lead, food and vet card together for my neighbour".
    r"\b(put|got|packed|left|laid out) (the|my) (dog's|cat's|dogs'|cats'|pet's|rabbit's) (lead|food|bowl|bowls|bed|vet card|things|stuff|toys|cage|litter)( [\w'|]+){0,8} (together |ready |out )?for (my|the) (neighbours?|sister|brother|mum|dad|friend|mate|son|daughter|niece|nephew)\s*$",
    // Help that was not enough, said last: "the course helped, it just wasn't enough for me".
    r"\b(the course|it|this|you|the app|steady|the sessions)( really)? (helped|did help|has helped|have helped)( [\w']+){0,3}( \|)? (it |but it |but )?(just )?(wasn't|was not|isn't|is not) enough( for me)?\s*$",
    // The gloves put down after a long fight: "it's been a long fight and i'm finally putting
    // the gloves down".
    r"\b(long|hard|tough) (fight|battle)\b.{0,30}\b(putting|put|laying|lay|hanging|hang|hung|taking off|take off)( down)? (the|my) gloves( down| up| off)?\s*$",
    // Away for good, said last: "cheerio steady | i'm away for good".
    r"\b(i'm|i am) (away|off|going|gone|leaving)( now)?( \|)? for good\s*$",
    // Lying down beside the dead where they are buried: "since my wife died i just want to lie
    // down next to her in the churchyard".
    r"\b(want|wanted|wish|long|longing|need) to (lie|lay|be laid|sleep|rest|be)( down)? (next to|beside|alongside|with) (her|him|them|my \w+|mum|dad) in the (churchyard|cemetery|graveyard|ground|grave|crem)\b",
    // Standing over the line or the road, watching what passes below: "i've been standing on
    // the railway bridge after my night shifts watching the trains".
    r"\b(i've been|i have been|i keep|i kept|i've started|i've stood|i go|i've been going|i keep going) (standing |sitting |sat |stood |going |hanging about |hanging round |walking )?(on|up on|up to|to|at|by|onto) (the|a) (railway bridge|rail bridge|motorway bridge|footbridge|bridge over the (line|tracks|railway|motorway|dual carriageway|bypass))\b.{0,50}\b(watching|staring at|looking down at|looking at|counting) the (trains|tracks|traffic|lorries|cars)\b",
    // Not waking pictured, with nothing after or as a relief: "sometimes i imagine just not
    // waking up and it feels like relief".
    r"\b(imagine|imagining|picture|picturing|fantasise about|fantasize about|fantasising about|fantasizing about|daydream about|daydreaming about|dream about|dreaming about|think about|thinking about) (just )?(not waking up|never waking up|not waking|going to sleep and not waking up|not being here anymore|not existing|being dead|dying in my sleep)(\s*(\||$)|\b.{0,30}\b(relief|peace|peaceful|nice|lovely|comfort|comforting|calm|calming|bliss))",
    // A place of ending on one's mind: "i'm not going to lie | the bridge has been on my mind
    // a lot".
    r"\bthe (bridge|cliffs?|tracks|railway line|train line|viaduct|multi storey|quarry|reservoir|level crossing|motorway bridge|edge)( has been|'s been| is| keeps being| has always been) on my mind\b",
    // Being noticed gone, asked: "how long before someone notices i've stopped logging in?"
    r"\bhow long (before|until|till|til|would it take for) (someone|anyone|anybody|people|they|my \w+|everyone) (notices?|noticed|realises?|realizes?|would notice|will notice|works? out|finds? out)( that)? (i've|i have|i'm|i am|i) (gone|stopped|not (here|around)|missing|disappeared|left|died|dead|not breathing)\b|\bhow long (before|until|till|til) (someone|anyone|anybody|they|people) (finds?|found|would find|will find|misses?|would miss) me\b",
    // Selfish to want it, asked of nothing named: "is it selfish if it's what i really want?"
    r"\b(is it|would it be|am i being|is that) (selfish|wrong|bad|cowardly)( of me)? (if|that) (it's|this is|that's|it is) what i (really |truly |honestly )?(want|need)\s*(\?|\||$)",
    // Looking right when found: "i want to look smart when they find me".
    r"\b(look|be|am|i'm|looking|dressed|clean|tidy)( [\w']+){0,2} (smart|nice|decent|tidy|peaceful|presentable|clean|my best)( [\w']+){0,2} (when|for when|so when) (they|someone|somebody|my \w+|she|he|people|the police) (find|finds) me\b",
    // Driven fast in the hope of a crash: "i keep driving faster on the bypass hoping i lose
    // control".
    r"\b(driving|drive|drove|speeding|going|ride|riding)( [\w']+){0,6} (hoping|wishing|praying|in the hope|and hope|and i hope|wanting)( that)? (i|i'll|i'd|i might|the car|the bike)( will| would| might)? (lose control|crash|come off|go off the road|hit something|hit a tree|don't make it|won't make it|wrap it round)\b",
    // Ready to go, having had enough: "i'm ready to go now | i've had enough".
    r"\b(i'm |i am )?ready to go( now)?( \|)? (i've|i have) had enough( now| of it all| of everything)?\s*(\||$)|\b(i've|i have) had enough( now| of it all| of everything)?( \|)? (i'm |i am )?ready to go( now)?\s*(\||$)",
    // Words for one's own funeral written down: "i've started writing down what i'd want said
    // at my funeral".
    r"\b(writing|written|wrote|planning|planned|choosing|chosen|picking|picked|sorting|sorted)( down| out)? (what i'd want|what i want|what i'd like|the (songs|hymns|music|readings|poems?|words|flowers)( i'd want| i want| i'd like)?)( said| played| read| sung| done)? (at|for) my (funeral|cremation|service|send off|wake)\b",
    // Waiting for the body to give up: "honestly i'm just waiting for my body to give up".
    r"\bwaiting for (my body|my heart|my lungs|my liver|death|the end|god|the lord)( to)? (give up|give out|stop|pack in|pack up|fail|take me|come|finish me)\b",
    // A gun fetched out and laid by: "i've got my dad's old shotgun out of the loft and it's on
    // the bed".
    r"\b(got|taken|took|brought|fetched|getting|have)( [\w']+){0,3} (shotgun|gun|rifle|air rifle|pistol|revolver)( [\w']+){0,2} (out|down)( of (the|my) \w+)?\b.{0,20}\b(on the bed|on my bed|next to me|in my lap|by the bed|under my pillow)\b",
    // In front of something that moves, not of a person ("stepping in front of my boss and
    // telling him to stuff it").
    r"\b(think|thinking|thought|urge|urges|tempted|want|wanted) (about |of |to )?(stepping|step|jumping|jump|throwing myself) (off|out|in front( of (a|an|the|oncoming|one of the|that|those|traffic|cars|lorries|trains|buses|something|it)\b|\s*(\||$)))",
    r"\b(want|need|wish|needs|wanted|needed) (it|this|everything|life|my life|it all) (over|to be over|done with)( for good| forever)?( \||$)",
    r"\b(want|wanna|ready|need|time|going) to (just )?let go( of (life|everything|it all|this life))?\s*(\||$)",
    r"\b(tired|sick|exhausted|worn out) of (fighting|trying|struggling|hanging on|holding on)( so hard| every day| all the time)?\s*(\||$)",
    r"\b(in order|sorted|organised|tidied|cleared|sorted out)( [\w']+){0,3} so (that )?(nobody|no one|my family|they|my (kids|partner|mum|wife|husband|son|daughter)) (has|have|will have|won't have|doesn't have|don't have|won't need|doesn't need|don't need) to (deal with|sort|clear|clean|worry about)\b",
    r"\b(written|wrote|writing|made|sorted|updated) (my|a) will (and|with) (a|my) (note|letter|letters|goodbye)\b",
    r"\b(crash|crashed|crashing|drive|drove|driving) (the|my) car( [\w']+){0,6} (wouldn't be (the worst|so bad)|on purpose|into a (wall|tree|bridge|lorry))\b",
    r"\btime (i|to) end(ed)? (it|things|it all|my life)\b",
    r"\bhate being alive\b",
    r"\b(switch|switching|turn|turning) (myself|me) off( for good| forever| permanently| completely)?\b",
    r"\bgiv(e|ing|en) up for good\b",
    r"\b(my|the) plan is (to (take|use|do it with) )?(pills|tablets|an overdose|the rope|a rope|the bridge|the train|the car|the river|my tablets|my pills)\b",
    r"\b(didn't|did not|don't|do not|never) want(ed)? to come (up|back up|round|out of it)\s*(\||$)",
    r"\bsleep and (not|never) (have to )?(deal with|face|feel|think about|wake|come back|worry about)( [\w']+){0,4} (ever again|again|anymore|any more)\b",
    r"\b(i'll|i will|i'm gonna|i'm going to|i am going to) (just )?end (it|things|it all)\s*(\||$)",
    r"\b(practis|practic)\w* (tying|tie|with|making) (a |the )?(knots?|noose|nooses|rope)\b",
    r"\b(ready|want|going|time) to check out\s*(\||$)",
    r"\b(i've decided|i have decided|decided) (that )?(i'm |i am |i )?(not going to|not gonna|won't|will not|am not going to) (keep )?(trying|going on|carrying on|fighting|living|go on|carry on)\s*(\||$| anymore| any more)",
    r"\bhow easy it( would| could|'d) be to (just )?(end it|end it all|end things|die|go|step|jump|stop|drive|crash|take|kill|not wake|disappear|swerve)\b",
    r"\b(i'm|i am|i feel|feel like i'm|feels like i'm|feel like i am|as if i'm) already (gone|dead|not here)\b",
    // Courage as the only thing missing: "if i had the guts i'd end it".
    r"\b(had|have|got|find|found|had enough) (the )?(guts|courage|nerve|bottle|balls)( [\w']+){0,3} (i'd|i would|i'll|i will|to) (do it|end it|end it all|end things|go through with it|kill myself|jump)\b",
    r"\b(too much of a |such a |too )?(coward|scared|chicken|cowardly) to (do it|end it|end it all|kill myself|go through with it|jump)\b",
    // Euphemisms for leaving life.
    r"\bcheck(ing|ed)? out (for good|permanently|of life|of this life|early|of this world)\b",
    r"\b(put|putting|got|getting|sort|sorting|sorted|tidy|tidied|tidying|organise|organised|organising|settle|settled|settling) (up )?(all )?my affairs\b|\bmy affairs (are |are all )?in order( now)?\s*(\||$| and\b)",
    r"\b(tonight|today)('s| is) the (night|day)\s*(\||$)",
    r"\b(not going to|won't|will not|wont|not gonna) be (here|around|alive) to see (it|this|that|them|him|her|my \w+( grow up)?|christmas|the end|another \w+)\s*(\||\?|$)",
    r"\b(want|wanna|wish|trying|try|let myself|going) to (just )?(fade away|fade out|waste away|wither away)\b",
    // Fearing one's own resolve: "one day i'll actually go through with it".
    r"\b(i'll|i will|i might|i could|i'd|i would|i'm going to|i am going to|gonna)( actually| really| finally| one day)+ (go through with it|do it)\b",
    r"\b(scared|afraid|frightened|terrified|worried) (that )?(i'll|i will|i might|i could|i'm going to)( actually| really| finally)? go through with it\b",
    // The one reason left: "the only thing stopping me is my mum".
    r"\b(only|one) thing (stopping|keeping|holding) me (back )?(is|are|'s|at the moment is|right now is)\b",
    r"\b(only|one) thing (keeping|that keeps) me (alive|here|going|hanging on)\b",
    // Revisiting a place people die from, and thinking about it.
    r"\b(bridge|cliff|cliffs|tracks|train tracks|railway|railway line|train line|level crossing|platform|roof|ledge|motorway|river|canal|multi storey|car park roof|quarry|reservoir)\b( [\w']+){0,6} (and|&)( i)?( keep| still| often| always)? (think|thinking|thought|wonder|wondering|wondered) about (it|jumping|doing it|ending it)( every day| every night| all the time| a lot| constantly| more and more| too much| more than i should)?\s*(\||\?|$)",
    // A decision with a date and nothing else: "i've made up my mind, this weekend".
    r"\b(made up my mind|my mind('s| is) made up|decision('s| is) made|made my decision|i've decided|i have decided)( \|)? (it's |it will be |it'll be |i'm doing it |i am doing it |i'll do it |i will do it )?(this weekend|tonight|tomorrow|tomorrow night|this week|on (friday|saturday|sunday|monday|tuesday|wednesday|thursday))\s*(\||$)",
    r"\bshould (just )?(die|be dead|not be alive|kill myself)\b",
    r"\blife('s| is) (just |really |honestly |simply )?not for me\b",
    // Older people's words: death sooner rather than later, a kindness if one went to sleep
    // and that was that, Dignitas out of reach so another way, the means kept and thought of.
    r"\b((i )?(don't|do not) want to be resuscitated|die|dying|death|resuscitat\w*|the end|my time|pass away|passing)\b.{0,80}\b(rather|prefer|hope|wish)( that)? it (happened|happens|came|comes|was|were) sooner (rather )?than later\b",
    r"\b(kindness|kinder|blessing|mercy|relief|favour)( to| for)?( everyone| everybody| them| all| my family| all concerned)? if i (just )?(went|go|died|passed|slipped away|went to sleep|wasn't here|was gone|weren't here)\b",
    r"\b(go|went|going) to sleep and (that was that|that's that|that would be that|never woke up|didn't wake up|not wake up)\b",
    r"\b(dignitas|assisted dying|assisted suicide|euthanasia|dignity in dying)\b.{0,80}\b(another way|other ways?|my own way|do it myself|find a way|a different way|myself)\b|\b(looked into|looking into|researched|researching|considering|contacted|contacting|signed up (to|with)|want to go to|saving (up )?for) (dignitas|assisted dying|assisted suicide|euthanasia)\b",
    r"\b(gun|shotgun|rifle|pistol|knife|knives|rope|pills|tablets|blade|razor|belt)\b.{0,60}\b(think|thinking|thought) (about|of) using (it|them)( on myself| tonight| one day| soon)?\s*(\||$)",
    // A note written and nothing said of it: "i've written a note" ("a note of my worries"
    // says what it is).
    r"(^|\| )(and |so )?(i've|i have|i) (written|wrote|left) (a|my|the) (note|letter|last letter|final note)( now| already)?\s*(\||$)",
    // Methods said as acts on oneself: "off myself", "string myself up", "blow my brains
    // out", "put a bullet in my head".
    r"\b(off|offing|offed) myself\b|\bstring(ing)? myself up\b|\bblow(ing)? my (own )?brains out\b|\b(put|putting) a (bullet|gun) (in|through|to) my (head|brain|skull)\b|\b(suffocate|suffocating|asphyxiate|asphyxiating|strangle|strangling|gas|gassing) myself\b|\bfinish(ing)? myself off\b",
    // "Do myself in" as a plan ("i've done myself in" is worn out or hurt).
    r"\b(going to|want to|will|could|might|should|tempted to|thinking (about|of)|planning to|ready to|about to) (just )?doing myself in\b|\bdo myself in\b",
    // Not alive to finish the programme: "not going to be around to do week 3" ("not around
    // for week 3" may be a holiday).
    r"\b(not going to|won't|will not|not gonna|wont) be (here|around|alive) to (do|finish|start|see|get to|complete) (week \d+|the next (session|week|one)|next week|the (rest|end) of (it|the course|the programme|this))\b",
    // A way out found and taken; days counted down with no end named; a family free of one;
    // the water nearly walked into.
    r"\b(found|find|have|got|see|seen) (a |the |my )?way out( now| at last| finally)?( \|)? (and i'm|i'm|i am|and i am|and i'll|i'll|and i will|i will) (taking|going to take|gonna take|take) it\b",
    r"\bcounting down (the days|the hours|the time|my days)( now| left| until the end| till the end)?\s*(\||$)",
    r"\b(be|being|get|getting|finally be|will be) (free of|rid of|shot of) me\b",
    r"\b(sea|river|water|canal|lake|reservoir|tracks|edge|bridge|waves)\b.{0,60}\b(nearly|almost|so nearly) (walked|jumped|stepped|waded) (in|into it|into the (sea|water|river|canal|lake)|off|out)\s*(\||$)",
    // Answers to the guide's own questions, where the answer is the risk: "what am i looking
    // forward to? it all being over", "the thing that would help most is not waking up".
    r"\b(it all|everything|all of it|all this|life|my life) (being|to be|is) over( for good| forever| for ever| at last| finally)?\s*(\||$)",
    r"\b(is|would be|'d be|will be) (not waking up|never waking up|to not wake up|to never wake up|sleeping forever|to sleep forever|not being here|not existing|not being alive|not being around|being dead|death|dying)\s*(\||$)",
    r"\b(keep going|carry on|keep living|stay alive|hang on|hold on|live|stay safe)\b( [\w']+){0,3} but (i )?((don't|do not) think i (will|can|could|want to)|i (won't|can't|will not|cannot))\s*(\||$)",
    r"\b(safe place|happy place|want to be|belong|i'd rather be|where i should be|going to end up|i'll end up|where i'm going)( is| at)? (at )?(the )?(bottom of the (river|sea|canal|lake|reservoir|quarry)|under the (water|waves|ground|train)|in the ground|in my grave|in the grave|six feet under)\b",
    // (From the clause's start, so the denial of a plan before it is part of the match.)
    r"(^|\| )[^|]{0,50}\b(next week|next month|the future|tomorrow|plans?|the course|next session|christmas)\b.{0,50}\bi (won't|will not|shan't) (need|be needing) (one|it|them|any|that|a plan|plans)( anymore| any more)?\s*(\||$)",
    r"\b(life|world|living|alive)\b.{0,60}\b(i'm|i am|i'll be|i will be) (leaving|quitting|checking out of|done with|getting out of) (it|this|this life|this world)( soon| for good)?\s*(\||$)",
    // Death by accident or illness welcomed: "i wouldn't mind if the plane went down".
    r"\b(wouldn't|would not|won't|don't|do not) (mind|care) if (the plane|the train|a car|a bus|a lorry|something|it) (went down|crashed|came off|hit me|killed me|ran me over|took me)\b",
    r"\bif i (got|get|was|were|became) (ill|sick|diagnosed|cancer)( [\w']+){0,4} (wouldn't|would not|won't|will not|not going to|wouldn't even) (get it treated|have (the )?treatment|bother with treatment|fight it|take the treatment)\b",
    // Not staying to see it: "if the test comes back bad i'm not sticking around for it".
    r"\b(not|won't be|never) (sticking|hanging|staying) around (for it|for that|to see|to find out|for what comes next|much longer|for much longer)\b",
    // The worst case is living on: "worst that could happen? i survive this".
    r"\bworst( thing)?( that could happen| that can happen| case| case scenario| outcome)?\b.{0,20}\b(i survive|i'd survive|surviving|i live|i wake up|waking up|i'm still (here|alive)|still being (here|alive)|i (have|need) to keep (going|living))\b",
    // Soon nothing will matter: "no one, and soon it won't matter".
    r"\b(soon|shortly|after (tonight|tomorrow|this week|friday|the weekend))( \w+){0,2} (it|none of (it|this)|nothing|that) (won't|will not|will|wouldn't) matter\b|\b(it|none of (it|this)|nothing)( \w+)? (won't|will not|will) matter (soon|after (tonight|tomorrow|this week|the weekend))\b",
    r"\bi (don't|do not) (plan|expect|intend) to (see|make it to|be (here|around) for|live to see) (it|next week|christmas|tomorrow|my birthday|the new year|another (year|week|christmas|birthday)|the end of the (week|month|year|course))\s*(\||$)",
    r"\b(i'd|i would|i should|(wish|wishing) (i'd|i had|i)) (not|never) (have )?(been born|existed)\b",
    // What kept one going is gone: "my dog, and he died on tuesday, so nothing now".
    r"\b(kept|keeps|keeping) me (going|alive|here)\b.{0,80}\b(nothing|no one|nobody|nothing left)( now| anymore| any more| left)\s*(\||$)",
    // Debts settled so nobody is left with them: "paying off what i owe so nobody's left
    // with a mess".
    r"\b(paying|paid|pay|sorting|sorted|sort|clearing|cleared|clear|settling|settled|settle) (off |out |up )?(my |all my |the )?(debts?|bills|what i owe|credit cards?|loans?|overdraft|affairs|finances|accounts)\b( [\w']+){0,8} so (that )?(nobody|no one|noone|people|my (family|kids|children|mum|dad|wife|husband|partner|son|daughter)|they|everyone)( is| are|'s|'re| isn't| aren't| won't be| doesn't| don't| won't)? (left|have to|has to|need to|needs to|stuck)\b",
    // Messages written to everyone and kept for later: "i've written everyone a message,
    // they're in my drafts".
    r"\b(written|wrote|writing|typed|typing) (everyone|each of them|all of them|them all|my (family|kids|children|parents|mum|dad|wife|husband|partner)) (a )?(last |final |goodbye )?(messages?|letters?|notes?|texts?)\b( [\w'|]+){0,6} (drafts|scheduled|ready to (send|go)|to be (sent|found|read)|for when|for after|to find)\b",
    // A date picked and nothing said of it: "what she doesn't know is i've picked a date".
    r"(^|\| |\b(i have|i've got|i've made|i made|got) a plan( now)? (and|so) |\b(what|the thing|one thing) (she|he|they|nobody|no one|people|you|my \w+) (doesn't|don't|does not|do not) know is )(i've|i have|i) (picked|chosen|set|decided on) (a|the|my) (date|day)\s*(\||$)",
    // The last week, and thanks for trying: a farewell to the guide.
    r"\bmy last (day|night|week)\s*\|.{0,60}\b(thanks|thank you) for (trying|everything)\b",
    // Kept alive by one thing only: "if it wasn't for my dog i'd have gone already".
    r"\bif (it wasn't|it weren't|it was not|it were not|it's not|it isn't|not|it hadn't been|it had not been) for (my|the|our) [\w' ]{1,30}? ((i'd|i would|i) (have |already |probably |definitely |honestly |be )*(gone|done it|ended it|ended it all|killed myself|not be here|dead|long gone|six feet under|in the ground)( already| by now| long ago| years ago| ages ago| a long time ago| before now)?|(i wouldn't|i would not|i'd not) (still )?(be here|be alive|be around)( anymore| any more| now| today| by now)?)\s*(\||$)",
    // Worth more dead: "the kids would get my life insurance, that'd help them more than i do".
    r"\b(would|'d|will|could|they'd|they'll) (get|have|inherit|receive|cash in|be paid|be better off with) (my )?(life insurance|death in service)\b|\bmy (life insurance|death in service)( [\w']+){0,3}( would|'d| will) (help|sort|pay|cover|set|look after|be worth|do more)\b",
    // The water imagined as a resting place: "the lake near us and how cold and quiet it
    // would be".
    r"\b(lake|river|sea|water|canal|reservoir|quarry|ground|grave|tracks)\b.{0,60}\bhow (cold|quiet|dark|still|peaceful|final|easy)( and (cold|quiet|dark|still|peaceful|final|easy))? it( would|'d) be\s*(\||$)",
    // No more days to face: "fall asleep and not have to do tomorrow or any day after".
    r"\b(not|never) (have|having) to (do|face|see|live|get through|wake up to) (tomorrow or any (other )?days? after|another day( ever)?\s*(\||$)|any more days|anything ever again|any of it ever again|it ever again|another morning)",
    // A death planned to look like something else.
    // Belongings shared out, and nothing said of an occasion: "i've written down who gets
    // what".
    r"\b(written|wrote|writing|worked out|sorted out|sorted|decided)( down| out)? who (gets|will get|should get|can have|is having|has) what\s*(\||$)",
    // Done with it all for good; the end decided on; a hose for the exhaust.
    r"\b(done|finished) with (all of it|it all|everything|life|living|this life|this world|the world)( \|)?( for good| forever| for ever| permanently)\b",
    r"\b(it'll|it will|it's going to|everything will|it'll all|it will all) (all )?be over soon\b.{0,40}\b(i've|i have) (decided|made (my mind up|up my mind)|chosen)\b",
    r"\b(hose|hosepipe|tube)\b.{0,60}\b(exhaust|engine running|car window)\b|\b(exhaust|engine running)\b.{0,60}\b(hose|hosepipe|tube)\b",
    r"\bmake (it|my death|it all) look like (an |a )?(accident|natural causes|i (fell|slipped|crashed))\b",
    // Rest promised for good: "it's ok to stop now | you can rest soon".
    r"\b(you|i)( can| will| get to|'ll| deserve to) (finally )?rest (soon|forever|for ever|for good|at last)\b",
    // The problem solved by going: "i'm the problem and i'm going to fix it by going".
    r"\b(fix|solve|sort|end|sort out) (it|this|everything|the problem|things|that) by (going(\s*(\||$)| for good| away for good| forever)|leaving for good|disappearing|not being here|removing myself|being gone|taking myself out of (it|the picture|the equation))",
    // A last outing to the water or the edge: "a last walk by the sea".
    r"\b(a|my|one) (last|final) (walk|swim|look|visit|drive|trip) (by|to|at|along|into|on|off) the (sea|river|cliffs?|bridge|beach|lake|coast|water|canal)\s*(\||$)",
    // Over the edge, wished: "i wanted to keep going, over the edge".
    r"\b(wanted|want|wanting|urge|tempted|felt like|feel like|part of me wanted)( to)? (keep going|go|step|walk|lean|jump|carry on)( \|)? (over|off) the edge\b",
    // Out for good: "i want out. permanently".
    r"\b(want|wanting|need|needing) (out|to disappear|to vanish|to sleep|to be gone|gone)( \|)? (permanently|for good|forever|for ever)\s*(\||$)",
    // At the edge, and nothing else said of it: "drove to the cliffs and sat at the edge".
    r"\b(cliff|cliffs|bridge|roof|rooftop|balcony|ledge|quarry|multi storey)\b.{0,40}\b(sat|stood|standing|sitting|sit|stand|perched) (right )?(at|on|over|by|near) the (very )?edge( for (ages|hours|a while|a long time|an hour|a bit))?\s*(\||$)",
    // Trains looked up for the ones that do not stop.
    r"\b(looked|looking|look|checked|checking|check|googled|searched|find|finding|found|worked out|working out)\b.{0,40}\b(fast|express|non stop|through|freight) (ones|trains?)( that| which)? (don't|do not|doesn't|does not|won't) stop\b",
    // Those who died envied: "the lads who died were the lucky ones".
    r"\b(the )?(ones|lads|people|those|men|guys|mates|friends|others|they)( who| that)? (died|didn't make it|did not make it|didn't come (back|home)|never came (back|home)|are dead|have gone|killed themselves)( [\w']+){0,3} (were|are|was|got) (the )?(lucky|luckier|better off)( ones)?\b|\b(envy|envied|jealous of) (the dead|(people|those|anyone|the ones) who( have |'ve | )(died|passed|killed themselves|are dead))\b",
    // A gun or rope kept, and thought about: "i still have my service pistol and i think about
    // it every night".
    r"\b(gun|shotgun|rifle|pistol|firearm|rope|noose)\b.{0,60}\b(think|thinking|thought) about (it|them)( every (night|day|morning|evening)| all the time| constantly| a lot| more and more| more)?\s*(\||$)",
    // Death as one's way out, said of a means: "it's my way out".
    r"\b(it's|it is|that's|that is|this is|it'd be|it would be) (my|the) (only )?(way out|exit|escape route|escape hatch)\s*(\||$)",
    // What stops me holds only for now: "things that stop me: my mum, for now".
    r"\b(stops?|stopping|stopped) me\b.{0,40}\b(for now|for the moment|for the time being|at the moment|for a bit longer)\s*(\||$)|\b(keeps?|keeping|holding|holds) me (here|alive|going|from it|from doing it)\b.{0,40}\b(for now|for the moment|for the time being|at the moment)\s*(\||$)",
    // A time chosen when nobody will be there: "i'm going to do it this weekend when
    // everyone's away".
    r"\b(do it|go through with it|end it|end things)( [\w']+){0,4} (when|while|once) ((everyone|everybody|they|the family|the kids|my family)( is| are|'s|'re)? (away|out|gone|on holiday|at work)|(no one|nobody)( is|'s)? (home|around|in|about|here|looking)|the house( is|'s)? empty)\b",
    // Death asked of God with the soul or life named: "i keep asking allah to take my soul".
    r"\b(pray|praying|prayed|ask|asking|asked|beg|begging|begged)( [\w']+){0,3} (god|allah|jesus|the lord|lord|my maker) (to )?(take|takes|end|call) (my soul|my life|me home|me away|me now|me tonight|me soon)\b",
    // Hell accepted as the price: "i know i'll go to hell for it but i can't stay".
    r"\b(go|going|end up|burn|burning) (to |in )?hell for (it|this|that|doing it|doing this)\b.{0,30}\b(but|and)\b.{0,20}\b(can't stay|can't go on|can't carry on|can't do this anymore|still going to do it|going to do it anyway|doing it anyway|i'll do it anyway)\b",
    // Heaven wanted now: "heaven has to be better than this, i want to go now".
    r"\b(heaven|paradise|the afterlife|the other side|a better place)\b.{0,60}\b(want|wanna|ready|need|going|longing|desperate) to (go|be there|get there|leave|be with)( now| soon| tonight| today)?\s*(\||$)|\b(heaven|death|the afterlife|the other side|being dead) (has to|must|would|can't help but|will) be better than (this|here|living|my life|life)\s*(\||$)",
    // A crash hoped for: "drove home off my face hoping i'd crash".
    r"\b(hoping|hope|hoped|wishing|wish|wished|praying)( that)? (i'd|i would|i'll|i will|i might|i) (crash|crashed|die|died|not make it|didn't make it|hit something|hit a tree|hit a wall|come off|go off the road|wrap the car)\b",
    // Nothing needed past a date: "delete my account, i won't be needing it after this week".
    r"\b(won't|will not|wouldn't|would not|shan't) (be )?(needing|need) (it|this|them|the app|any of this|my account|this account|my data|my stuff|my things|anything)( anymore| any more)? (after|beyond|past|from) (this week|tonight|today|tomorrow|the weekend|friday|saturday|sunday|monday|this month|next week|then|now on)\b",
    // Not lasting to a time: "i'm not going to make it to week 6".
    r"\b(i'm not going to|i am not going to|i won't|i will not|i'm not gonna|i don't think i'll|i doubt i'll) (make it|be around|be here|last|still be here) (to|till|until|for) (week \w+|the end|christmas|my birthday|new year|next year|the end of the (course|programme|week|month|year)|the next session|the last session)\s*$",
    // Effort shown before going: "so my mum thinks i tried before i go".
    r"\bi (tried|did try|gave it a (go|try)|made an effort|did my best)\b.{0,30}\bbefore i (go|die|leave|do it|end it)\s*(\||$)",
    // A goodbye kept secret: "i've said bye to my nan without her knowing it was bye".
    r"\bwithout (her|him|them|anyone|anybody|my \w+) (knowing|realising|realizing) (it was|it's|it is|it'd be|it would be|that it was) (goodbye|bye|the last time|my goodbye|a goodbye|for the last time|for good)\b",
    // Work told a cover story: "told work i won't be back, they think i'm moving".
    r"\b(won't|will not|not) be (back|coming back|around)\b.{0,40}\b(they|everyone|she|he|people|my \w+) (think|thinks|believe|believes) (i'm|i am) (moving|going away|going on holiday|emigrating|travelling|leaving)\b",
    // Grief imagined as short: "my mum would be sad for like a week then fine".
    r"\b(my \w+|they|she|he|everyone|everybody|people|the kids|my family|mum|dad)('d|'ll| would| will) (probably |only |just |maybe )?be (sad|upset|gutted|devastated|cut up)( for)?( like| maybe| about)? (a|one|two|a few|a couple of) (day|days|week|weeks|month|months)( or (two|so))?( [\w']+)? (then|and then|but then|after that) (fine|ok|okay|over it|move on|get over it|forget)\b",
    // The note planned: "i keep planning the note in my head".
    r"\b(planning|plan|drafting|composing|writing|rehearsing|wording)( out)? (the|my) (note|goodbye|last letter|final letter|goodbye letter|letter to my (kids|children|family|mum|dad))( in my head)?\s*(\||$)",
    // Said flatly, as older men say it: "i've had a good innings, time to call it a day",
    // "best i bow out", "i'm no use to anyone now".
    r"\b(had|been|'ve had) a (good|long|fair) innings\b.{0,40}\b(call it a day|time to go|ready to go|time i went|bow out|that's enough|enough now|done now|time's up)\b",
    r"\b(best|time|better|ready|should|going to|time for me to|best if i|i'll|i will|i'd like to)( that)?( i)? bow out( now| quietly| gracefully| for good)?\s*(\||$)",
    r"\b(i'm|i am|i feel) (no|of no|not any) (use|good) to (anyone|anybody|nobody|my family|them|my kids|the world)( now| anymore| any more)?\s*(\||$)",
    // Ruin beside a gun: "the farm's going under and the shotgun's in the cabinet".
    r"\b(going under|gone under|bankrupt|lost everything|losing (the farm|everything|the house|the business|the shop)|can't pay|in debt|repossess\w*|foreclos\w*)\b.{0,40}\b(shotgun|gun|rifle|pistol)\b",
    // A way thought quick: "i've been thinking the river would be quick".
    r"\b(thinking|think|thought|reckon|reckoning|imagine|imagining|wondering if|wonder if|sure|know|knowing)( that)? (the )?(river|bridge|train|trains|tracks|rope|pills|tablets|sea|cliff|cliffs|motorway|jump|drop|fall|overdose|car exhaust|garage)\b( [\w']+){0,2}( would| will|'d| could| might) be (quick|quickest|easy|easiest|painless|the answer|the best way|peaceful|the way)\s*(\||$)",
    // Found late: "nobody would find me for weeks".
    r"\b(nobody|no one|no one'd|nobody'd)( would|'d)? find me (for|until|till) (days|weeks|ages|months|a week|a month|a while)\b",
    // Tablets kept back: "i've asked the doctor for more sleeping tablets and i'm keeping them".
    r"\b(tablets|pills|meds|medication|painkillers|prescription|sleeping tablets|sleeping pills)\b.{0,60}\b(i'm |i am |i've been |been |and )?(keeping|saving|storing|hoarding|stashing|putting aside|holding on to|holding onto) (them|it|some|a few)( back| aside| for later| just in case)?\s*(\||$)",
    // Danger courted: "i drive way too fast on the motorway hoping something happens".
    r"\b(drive|driving|drove|speed|speeding|walk|walking|walked|cross|crossing|crossed|wander|wandering|cycle|cycling)\b.{0,60}\b((hoping|hope|wishing|praying)( that)? something (bad )?(happens|will happen|would happen|happened|hits me)|(not caring|don't care|didn't care|do not care) (what|if anything) (happens|happened)( to me)?\s*(\||$))",
    // "something stupid": "i think i'm going to do something stupid tonight".
    r"\b(going to|gonna|might|will|'ll|scared i'll|afraid i'll|worried i'll|about to|close to) do something (stupid|silly|daft|drastic|i'll regret|i will regret)( tonight| today| soon| later| this weekend)?\s*(\||$)",
    // Egged on online: "people online keep telling me to do it and i think they're right".
    r"\b(people|they|strangers|someone|everyone|users|randoms)( [\w']+){0,2} (online|on there|on the forum|in the chat|in the group chat|on tiktok|on discord|on reddit|on the internet)\b.{0,30}\b(telling|tell|told|say|saying|encouraging|urging|egging) me (on )?to (do it|end it|go through with it|kill myself|die|go)\b",
    // A place online that helps people go: "i've joined a forum where people help each other go".
    r"\b(forum|group|chat|site|website|server|community|page)\b.{0,40}\b(help|helps|helping) (each other|people|you|me|us|them) (to )?((go|do it|end it|check out)(\s*(\||$)| for good| through with it)|die\b|ctb\b|suicide\b|end (their|our|it|it all))",
    // Methods looked at: "i've started looking at ways to do it online".
    r"\b(looking at|looked at|look at|looking up|looked up|googling|googled|searching|searched|researching|researched|reading about|read about|reading up on|watching videos (on|about))( [\w']+){0,2} (ways|methods) to (do it|end it|go through with it|die|kill myself|end my life|end things)\b",
    // Forgiveness asked ahead: "i've asked god to forgive me for what i'm about to do".
    r"\bforgive me for what (i'm|i am) (about|going) to do\b",
    // A relative's suicide understood: "grandad went the same way and i get it now".
    r"\b(went|go|going|gone) the same way( as (him|her|them|my \w+))?\b.{0,30}\b(i get it|i understand|i see why|i know why|it makes sense|makes sense)( now)?\b",
    // The gas oven: "i'll put my head in the oven".
    r"\b(put|putting|stick|sticking|stuck|shove|shoving) my head in (the|a) (gas )?oven\b",
    // A means said in emoji, alone or with a time ("🪢 tonight", "😵🔫"): every word of
    // the reply is an emoji's.
    r"^((confused|dead|pills|sad|crying|tired) )*(gun|knife|rope|grave)( (gun|knife|rope|grave|dead|pills|confused|tonight|soon|now|today|bye|again|please))*\s*(\||$)",
    // An older man's flat "i've had my time" ("in the army" is a career).
    r"\b(i've|i have) had my time( on this earth| here)?\s*$",
    // Help thanked and refused: "you've been kind but it's too late for me".
    r"\b(but|sadly|honestly) (it's|it is|its) (far |way |much |just )?too late for me( now| anyway)?\s*$",
    // God's understanding asked ahead: "the lord will understand why i did it".
    r"\b(god|the lord|jesus|allah)( [\w']+){0,2}( will| would|'ll|'d| must) (understand|forgive me for|forgive) (why i( did| do| have to do| had to do|'m doing| am doing) (it|this)\s*$|what i('m going to| am going to|'m about to| am about to) do\b)",
    // A place of ending gone to, in despair: "i've had it | i'm away to the bridge".
    r"\b(had it|had enough|can't do this( anymore| any more)?|can't take (it|this|any more|anymore)|that's it|done with (it all|everything|life)|goodbye|bye)\b.{0,30}\b(i'm|i am|im) (away|off|going|heading|walking|driving) (to|down to|up to|over to) the (bridge|cliffs?|tracks|railway|viaduct|river|canal|quarry|multi storey|car park roof|edge)( now| tonight)?\s*(\||$)",
    // Cold water wondered about: "walking by the river a lot | wondering how cold it is".
    r"\b(river|sea|water|lake|canal|reservoir|loch|quarry)\b.{0,60}\b(wonder|wondering|wondered|think|thinking|thought|imagine|imagining)( about)? how (cold|deep|fast|quick|long)( the water)? (it is|it'd be|it would be|it'd take|it would take|it gets|the water is)\b",
    // A goodbye message: "this is my goodbye message to you"; time to go, said flatly:
    // "it's time i went", "this is it for me".
    r"\b(this is|here's|here is|writing|sending|leaving) my (goodbye|farewell) (message|note|letter|post)\b",
    r"\b(it's|it is) (time|about time|high time) (i went|i was gone|i left this world|i wasn't here|for me to go)\s*$",
    r"\bthis is (it|the end) for me( now)?\s*$",
    // Said to the app as a farewell: "i'm done trying for good", "the last time i'll log
    // in | thank you for everything", "don't schedule week 5 for me", "tell my therapist
    // i'm sorry", "you won't hear from me again after tonight".
    r"\b(i'm|i am|im) (done|finished) (trying|fighting)(( for good| forever| anymore| any more)\s*(\||$)|\s*$)",
    r"\bnothing (can|will|could) (fix|help|save) me\b",
    r"\b(the )?last time (i'll|i will|i'm going to|i am going to|i'll ever) (log in|log on|use (this|the app|it)|talk to you|open (this|the app)|be on here|message you|write (here|in this|in here))\s*($|\|.{0,12}\b(thank you for everything|thanks for everything|goodbye|bye|take care|sorry for everything|thanks for trying|thank you for trying)\b)",
    r"\b(don't|do not|no need to|no point to) (schedule|book|plan|set up|bother with|bother booking|bother scheduling) (week \d+|week (one|two|three|four|five|six)|the next session|any more sessions|the rest)( of it)? for me\s*$",
    r"^(please |can you |could you )?tell (my|the) (\w+ )?(therapist|counsellor|mum|dad|family|kids|children|wife|husband|partner|sister|brother|doctor|gp|nurse|friends?|boyfriend|girlfriend) (i'm sorry|i am sorry|sorry|i love (them|her|him)|goodbye|it's not (their|her|his) fault|it wasn't (their|her|his) fault)\s*(\||$)",
    r"\byou( won't| will not| will never|'ll never| wont) (hear from|see|talk to|be hearing from) me (again|anymore|any more)( after (tonight|today|this))?\s*(\||$)",
    // A low score and "done": "3 10 | done"; goodbye with thanks for trying: "goodbye app
    // | you tried".
    r"^[0-4] (10 |out of 10 )?(\| |- )?(i'm |so |just |i am |i've |i have |i )?(done|finished|giving up|i give up|bye|goodbye|over it \| over (everything|it all|life)|had enough( of (everything|it all|life|living|myself|me|all of it))?|can't do this( anymore| any more)?|can't do it( anymore| any more)?|can't go on|can't anymore|can't cope( anymore| any more)?|no point|don't see the point|what's the point|want out|want to die|wanna die|wish i wasn't here|i'm out)(\s*\|)?\s*$",
    // Enough of everything, said alone: "had enough of it all".
    r"^(i've |i have |i |i've just |i have just |just |honestly )?had enough of (everything|it all|life|living|existing|being alive|all of it)( now)?\s*$",
    r"\b(goodbye|bye|farewell)\b.{0,30}\b(you tried|thanks for trying|thank you for trying|you did your best|it's not your fault|it is not your fault)\s*(\||$)",
    // Thanks for trying, and it's not the app's fault: "thanks for trying to help me | it's not your fault".
    r"\b(thanks|thank you|ta) for trying( to help( me)?)?( \|| and)? (it's not your fault|it is not your fault|it isn't your fault|you did your best|nobody could have|no one could have|nothing anyone could do|nothing you could do)\b",
    // No one left to read the reminders: "there won't be anyone to read them".
    r"\b(there won't be|there will be no|there'll be no|there will not be|won't be|will be no|there'll be|there will be) (anyone|anybody|no one|nobody|me) (here |around |left |alive )?to (read|see|get|open|answer|receive|reply to) (them|it|these|this|those|the reminders|the messages|the notifications)( anymore| any more| after (tonight|today|this week))?\s*(\||$)",
    // A last check-in that hands on: "last check in from me | take care of the next person".
    r"\b(last|final) (check in|message|entry|session|post|log in|login|word) (from me|ever)\b.{0,40}\b(take care of (the next (person|one)|everyone|them|the others|my \w+)|look after (the next (person|one)|everyone|them|my \w+)|goodbye|bye|thank you for everything|thanks for everything|sorry for everything|love to \w+)\s*(\||$)",
    r"\b(signing|logging|checking|clocking) (off|out) for the (last|final) time\s*(\||$)",
    r"\b(goodnight|good night|night night|bye|goodbye|farewell)( everyone| all| everybody| guys| world| x+)?( \|)? for the (last|final) time\s*(\||$)",
    // Care handed over in a whole reply: "please look after my boys for me".
    r"^(please )?(look after|take care of) (my \w+|them|her|him|them all)( for me)( please)?( x+)?\s*$",
    // A last entry with love: "last entry | love to my kids"; "don't worry about me after
    // tonight".
    r"^(this is )?(my )?(last|final) (entry|message|post|note)( ever)?\s*(\| .{0,30}\b(love (to|you)|tell \w+ i love|goodbye|bye|sorry for everything)\b|$)",
    r"\b(don't|do not|no need to|dont) worry about me ((after (tonight|today|this)|from (tonight|now on|tomorrow))\s*(\||$)|(anymore|any more)\s*$)",
    // Check-in fragments: "not good | want out", "0 | nothing left", "can't anymore", "1 10
    // no point".
    r"(^|\| )(i )?(just )?want out\s*(\||$)",
    r"(^|\| |^\d+ (10 )?)(there's |there is |i've got |i have |i've )?nothing left( in me| to give| for me)?\s*(\||$)",
    r"^(i )?(just |really )?can't (anymore|any more)\s*$",
    r"(^|\| |^\d+ (10 )?)(there's |there is |there's just |what's the )?no point( anymore| any more| in anything| to anything)?\s*(\||$)",
    // Not caring about a crash: "i drive at 120 and don't care if i crash".
    r"\b(don't|do not|wouldn't|won't|didn't) care if i (crash|die|don't make it|don't come back|get killed|hit something|come off|wrap it round a tree|end up dead)\b",
    // Someone dead asked to come for one: "i visit his grave and ask him to come and get
    // me"; followed: "my son's gone and i want to follow him".
    r"\b(grave|heaven|died|passed|gone|ashes|funeral|lost)\b.{0,60}\b(ask|asking|asked|beg|begging|pray|praying|tell|telling)( [\w']+){0,2} (him|her|them) to (come and get|take|fetch|come for) me\b",
    r"\b(grave|died|passed away|passed|gone|dead|death|funeral|lost)\b.{0,50}\b(want|wanted|going|need|wish i could|ready|i'll|i will|i just want) (to )?(follow|join) (him|her|them|my \w+)( now| soon| tonight| in heaven| up there| wherever (he|she|they) (is|are)| again)?\s*(\||$)",
    // A question about a way to die, asked for oneself: "is drowning painful? asking for
    // me".
    r"\b(drown|drowning|hang|hanging|bleed|bleeding|jump|jumping|overdose|overdosing|die|dying|death|suicide|kill yourself|killing yourself|gas|suffocat\w*)\b.{0,40}\basking for (me|myself)\b",
    // A plan not made "yet": "i'm not planning anything yet".
    r"\b(i'm|i am|im) not planning (anything|it|to do anything) yet\s*$",
    // Risk back after a spell without it: "i haven't thought about suicide since last
    // spring | until today".
    r"\b(haven't|have not|hadn't|had not|not)( really| once)? (thought about|thought of|felt like|had thoughts of|had thoughts about|wanted to) (suicide|killing myself|ending it|ending my life|dying|being dead|not being here)\b.{0,40}\b(until|till|til|up until) (today|now|yesterday|last night|this week|this morning|recently|lately)\b",
    // A means and "me", as emoji say it: "🔫 me".
    r"(^|\| )(gun|knife|rope|pills) (me|myself)\s*(\||$)",
    // No tomorrow: "rate tomorrow: won't be one".
    r"\b(tomorrow|next week|the future)( \|)?( [\w']+){0,2} (won't|will not|isn't going to) (be one|be a thing|exist|come for me|happen for me)\b",
    // Dead soon, hoped for: "⚰️ soon hopefully".
    r"(^|\| |\bi'll be |\bi will be |\bi'm |\bi am )dead (soon|by \w+|tonight|before long)( hopefully| i hope| with any luck| fingers crossed| please)\b|\b(hopefully|i hope|with any luck|fingers crossed) (i'll be |i will be |i'm |i am )?dead (soon|by \w+|tonight|before long)\b",
    // Passwords left for someone: "left my passwords in an envelope for my sister".
    // Not with a reason after: "... for my husband in case i forget them again".
    r"\b(left|leaving|written down|wrote down|writing down|put)( all)? my (passwords|pin numbers|bank details)\b.{0,40}\b(for|with) (my|the|her|his) \w+( [\w']+){0,3}\s*(\||$)",
    // A lethal amount looked up: "i've been looking up how much antifreeze it takes".
    r"\bhow (much|many) (antifreeze|bleach|rat poison|weedkiller|weed killer|screenwash|insulin|paracetamol|pills|tablets|sleeping pills|painkillers|co codamol|codeine|of (them|my (pills|tablets|meds)))( [\w']+){0,2} (it takes|it would take|would it take|does it take|would take|to kill|would kill|will kill|is lethal|is fatal|to die)\b",
    // Affairs put in order: a will made and who the pets or things go to.
    r"\b(sorted|sorting|made|making|written|writing|done|doing|updated|updating|changed|changing) (out |up )?my will\b.{0,40}\b(cat|dog|cats|dogs|pets?|kids|children|house|flat|things|stuff|money|savings|car)('s| is| are|'re| will| goes| go)( going| go| be going)? to (my|her|his|their|the)\b",
    // The method worked out: "which tablets and how many".
    r"\bwhich (tablets|pills|meds|medication|ones)( [\w']+){0,3} and how many\b",
    // No next week: "my plan for next week is not to have a next week".
    r"\b(not|never) (to )?(have|be having|see|need|make it to) (a|another) (next week|tomorrow|next year|next month|future|christmas|birthday|next time)\b|\bthere (won't|will not|isn't going to) be a (next week|tomorrow|next year|next time|next session) for me\b",
    // A last session said as a farewell.
    r"(^|\| )(i think |i guess |so )?(this is|this'll be|this will be|today is|today will be|tonight is) (my|the) last (session|entry|message|post|check in|time (writing|talking|doing this))( then| now| everyone| for good| ever)?\s*(\||$)",
    // "today's session will be my last one".
    r"(^|\| )(i think |i guess |so )?(today's|tonight's|this) (session|entry|message|check in)( is| will be|'ll be| is going to be) (my|the) (last|final)( one)?( then| now| for good| ever)?\s*(\||$)",
    // The tiredness sleep doesn't fix.
    r"\b(the|a) (kind|sort|type)( of (tired|tiredness|exhaustion|exhausted))?( that)? (sleep|rest|a holiday|no amount of sleep)( [\w']+)? (doesn't|does not|won't|will not|can't|cannot|wouldn't|would not|could never|will never|never|can|could|will) (fix|help|touch|cure|sort|mend)\b",
    // Calling it a day for good.
    r"\bcall(ing)? it a day( \|)? (for good|permanently|forever|for ever|on (life|living|everything|it all|this life)|with (life|living|it all))\b",
    // Letting go of the wheel.
    r"\b(easy|easier|tempting|tempted|want|wanted|wanting|thought about|think about|thinking about|thought of|thinking of|urge|urges|imagine|imagined)( [\w']+){0,4} (let go of|letting go of|take my hands off|taking my hands off) the (steering )?wheel\b",
    // Given to the cold or the sea: "let the cold take me".
    r"\blet (the )?(cold|sea|water|waves|river|current|tide|dark|darkness|snow|ice|night) (take|have|swallow|claim) me\b",
    // Joining the dead: "it's time i went to join my wife".
    r"\btime (i|for me to) (went|go|going)( and| to)? (join|be with) (my|him|her|them)\b|\b(join|be with|be reunited with|see) (my (late )?\w+|him|her|them) (again )?(in heaven|up there|on the other side|in the next life|wherever (he|she|they) (is|are))\b",
    // Death hastened: "i'm ready to go and i'd help it along".
    r"\b(ready to (go|die|be done|leave this)|had (a good|my) innings|had enough|want to die|dying|death|go now)\b.{0,60}\b(help|hurry|speed|hasten) (it|things|the end|death|that) (along|up|on)\b",
    r"\b(had a good innings|had my time|had a good run|lived my life)\b.{0,40}\bready to (go|die|be done|leave)\b",
    // Gone for good: "i just want to disappear for good".
    r"\b(want|wanna|wanted|going|ready|need|plan|planning) to (just )?(disappear|vanish)( forever| for good| permanently| for ever| and never come back)\b",
    // Life-saving medicine stopped on purpose.
    r"\b(stopped|stopping|stop|quit|quitting|not) (taking |having |using )?my (heart|blood pressure|insulin|diabetes|diabetic|epilepsy|seizure|transplant|warfarin|blood thinning|cancer|chemo|dialysis|hiv)\b.{0,30}\b(on purpose|deliberately|so i (die|don't have to|won't be here|can go)|hoping (it|i)|to let (it|nature))\b",
    // Tablets lined up.
    r"\b(tablets|pills|meds|painkillers|paracetamol)( [\w']+){0,2} (lined up|in a (pile|row|line)|piled up)\b",
    // How, looked at, said with nothing after it: "i'm not saying i'd do it, but i've looked at how".
    r"\b(i've|i have|i) (looked|looked up|researched|read up on|googled|searched|been looking)( at| into)? how\s*(\||$)",
    // A denial taken back: "i'm not going to do anything stupid tonight | probably".
    r"\b(not going to|won't|will not) do anything (stupid|silly|daft)( tonight| today| this weekend)?( \|)? (probably|i think|i hope|maybe|hopefully|i'll try not to)\s*(\||$)",
    // Not caring whether one wakes.
    r"\b(don't|do not|stopped|stop|no longer) car(e|ing) (whether|if) i( wake up| live| die| make it| survive| am alive|'m alive|'m here| see tomorrow)\b",
    // The decision made, and calm after it.
    r"\b(made|reached|come to) (my|a|the) decision( \|)? (and|now)\b.{0,20}\b(calm|at peace|peaceful|relieved|a weight off|settled)\b",
    // Bills paid so no one is out of pocket after: "i've paid the rent up to the end of the
    // month so the landlord isn't out of pocket".
    r"\b(paid|paying|cleared|settled|covered)( [\w']+){0,12} so (that )?(the landlord|they|no one|nobody|my \w+|he|she|the council) (isn't|is not|won't be|aren't|are not|doesn't|don't|won't) (out of pocket|left (with|short|to pay)|have to pay|lose out|left with (a|the) (bill|bills|debt))\s*(\||$)",
    // Resting in a better place: "i'll be in a better place".
    r"\b(i'll|i will|i'm going to|i'd) be in a better place( soon| by then| tonight| tomorrow)?\s*(\||$)",
    // A door left for those who come: "i've left the back door unlocked so they don't have to
    // break it".
    r"\b(left|leaving|leave) the (front |back )?door (unlocked|open|on the latch)\b.{0,12}\b(so (they|no one|nobody|the police|the paramedics|whoever|someone) (don't|won't|doesn't|do not|will not) (have to|need to) (break|kick|force|smash)|for (whoever|the police|the paramedics|the ambulance)( comes| finds me| gets here)?\s*(\||$)|for when they (come|find me))",
    // Everything got, waiting for the house to sleep: "got everything i need | just waiting
    // for everyone to go to bed".
    r"\b(got|have|gathered|bought|sorted) (everything|all|what) i need\b.{0,30}\b(waiting|wait) (for|till|until) (everyone|the house|them|my \w+|the kids|him|her)( [\w']+){0,2}( to go to bed| to go to sleep| asleep| to fall asleep| go to bed| goes to bed| to go out| to leave| is asleep| are asleep|'s asleep|'re asleep)\s*(\||$)",
    // Away from a place for good: "i've told work i won't be in next week, or ever".
    r"\b(won't|will not|wont|not going to|not gonna) be (in|back|around|here|coming (in|back))\b.{0,30}\b(or|and not|not) ever( again)?\s*(\||$)",
    // No one to blame, said as a last word: "i just want you to know none of this is on the
    // app".
    r"\b(i )?(just )?(want|wanted|need) (you|everyone|them|you all|my \w+) to know (that )?(none of (this|it)|it|this)( is| was|'s) (not )?(on (you|the app|this app|the team|anyone|them|her|him|steady)|(your|anyone's|the app's|their|his|her) fault)\s*(\||$)",
    // Remembered by those left: "i hope my little girl remembers the good bits of me".
    r"\b(hope|want|wish|hoping) (my \w+( \w+)?|they|she|he|everyone|people|you|the kids)( remember| remembers| will remember|'ll remember| can remember| think of| thinks of) (the good (bits|things|times|parts|side) (of|about) me|me (fondly|kindly|happy|the way i was|at my best|before all this))\b",
    // The last try at getting well: "this was my last go at getting better".
    r"\bmy (last|final|only) (go|chance|shot|attempt|try|hope) (at|of|for) (getting better|getting well|feeling better|feeling normal|being normal|being happy|living|life|a normal life|a life|recovery|recovering|staying alive|sorting myself out|fixing (me|myself|my head))\b",
    // Sorry said to all those left for not being stronger: "i'm sorry i couldn't be
    // stronger for you all" (said for a day, "... for you all today", it stays clear).
    r"\bsorry (that )?i (couldn't|could not|wasn't|was not|never was) (be )?(stronger|strong enough|good enough|enough) for (you all|all of you|everyone|everybody|them all|all of them|my (family|kids|children|boys|girls))\s*(\||$)",
    // Belongings passed on through the app: "tell my brother the xbox is his".
    r"(^|\| )(please |can you |could you )?(tell|let) (my \w+|him|her|them)( know)?( that)? ((the|my) [\w']+( [\w']+)? (is|are) (his|hers|theirs|yours)( now)?|(he|she|they) can (have|keep) (all )?(of )?my [\w']+( [\w']+)?)\s*(\||$)",
    // No worry about me after a day.
    r"\b(needs? to|have to|has to|will (need|have) to|'ll (need|have) to|won't (need|have) to) worry about me( any more| anymore)? ((after|from|past|beyond) (tonight|today|tomorrow|this week|this weekend|the weekend|this|now|that|then|next week|\w+day)\s*(\||$)|for much longer|much longer|for long|(soon|before long)\s*(\||$))\b",
    // Everything needed, nothing done yet.
    r"\b(haven't|have not|not) (done|tried) (anything|it) yet\b.{0,30}\b(got|gathered|bought|have) (everything|all|what) i need\b",
    // Sat by water or an edge, thinking about it.
    r"\b(reservoir|bridge|cliff|cliffs|cliff edge|tracks|railway|level crossing|quarry|multi storey|car park roof|pier|viaduct)\b.{0,60}\b(thinking about it|thought about it|thinking about doing it|working up the courage|building up the courage|getting up the courage|(staring|looking) (down|at the water|over the edge) for (an hour|hours|two hours|ages))\b",
    r"\b(edge|top|ledge)\b.{0,40}\b(think|thinking|thought)( about)? (one|just one|a single) step\b",
    // A way out planned.
    r"\b(plan|planning|planned|found|finding|worked out|sorted) (my|a|the) way out\s*(\||$)",
    // Means kept and looked at: "i've cleaned my shotgun and i keep looking at it".
    r"\b(rope|pills|tablets|blade|razor|knife|gun|shotgun|rifle|pistol|noose)\b.{0,60}\b(keep|kept|been|sat|sit|i'm|am) (looking|staring|glancing) at (it|them)\b",
    // Needed gone: "they need me gone".
    r"\bneeds? me (gone|dead|out of the (way|picture))\b|\bbetter (off )?with me (gone|dead|out of the way)\b",
    // Doing away with oneself.
    r"\bdo(ing|ne)? away with (myself|my ?self)\b",
    // Ending it "the night" (Scots: tonight).
    r"\b(going to|want to|will|i'll|gonna) (end it|end it all|kill myself|do it) the night\b",
    // Won't go on, said on its own.
    r"\bi (won't|will not|can't|cannot|couldn't) go on( living| like this| any more| anymore)?\s*(\||$)",
    // The body hoped to give up; fading away by not eating.
    r"\b(hoping|hope|want|wanting|praying) (my )?(liver|heart|kidneys|body|lungs) (gives|give|packs|pack|will give|to give|would give) (up|in|out)\b",
    r"\b(not eating|stop eating|stopped eating|starve|starving|starving myself)\b.{0,40}\b(fade away|waste away|just die|disappear for good)\b",
    r"\b(fade|waste|starve) away\b.{0,20}\b(that's the plan|is the plan|i hope|hopefully|and die|for good)\b",
    // Refusing life-saving medicine, letting it happen.
    r"\b(not going to take|won't take|refuse to take|refusing to take|not taking|stopped taking|stop taking|quit taking) my (heart|blood pressure|insulin|diabetes|epilepsy|seizure|transplant|warfarin|cancer|hiv)\b.{0,40}\b(let it happen|let nature take it's course|let it take me|and see what happens|on purpose|so i die)\b",
    // Arrangements made, said on their own.
    r"(^|\| )(i've|i have|i) (made|sorted) (my |all the |the )?(arrangements|preparations)\s*(\||$)",
    // Death as no bad thing: "wouldn't be the worst thing if my heart just stopped".
    r"\b(wouldn't|would not) be (the worst thing|so bad|a bad thing|such a bad thing)\b.{0,10}\bif (i|my heart)( [\w']+){0,3} (died|stopped|didn't wake up|never woke up|wasn't here|was gone|got hit|crashed)\b",
    // The place chosen.
    r"\b(chosen|picked|found|decided on|worked out) (the|a|my) (nice |quiet |good |perfect |peaceful )?(place|spot|location|method)( by the (river|sea|canal|lake|woods|bridge|railway)| in the woods| on the (cliffs?|bridge))?( this (afternoon|morning|evening|week)| today| yesterday| tonight)?\s*(\||$)",
    // The end of the road.
    r"\b(i'm|i am|i've reached|i have reached|i've come to|i have come to) (at )?the end of the road( for me| now)?\s*(\||$)",
    // Who has the children after: "the kids will go to my mum's after".
    r"\b(kids|children|dog|cat|pets?)( will|'ll)? (go|be going|be looked after|be with|live)( to| with)? [\w' ]{0,20} after\s*(\||$)",
    // The car left to go its own way: "i think about just not turning at the bend".
    r"\b(think|thinking|thought|thoughts|imagine|imagining|tempted|urge|urges|want|wanted|wonder|wondering)( about| of| to)? (just )?(not (turning|turn|braking|brake|steering|steer)( [\w']+){0,2} (at|on|round|into|before) (the|a) (bend|corner|bridge|wall|tree)|(letting go of|let go of|taking my hands off) the (steering )?wheel)\b",
    // Words passed on through whoever reads: "tell whoever reads these that i tried my best".
    r"\b(tell|let) (whoever|whomever|anyone who|the person who|the one who) (reads|finds|sees|gets) (this|these|them|it|my \w+)( know)?( that)? i (really |honestly )?(tried( my (best|hardest))?|did try|did (my best|all i could|everything i could)|loved (them|you|everyone|her|him|my \w+))\s*(\||$)",
    // The bank's ways in written down for someone, with no reason: "i've written all my bank
    // passwords down for my sister".
    r"\b(written|wrote|left|put|writing|leaving)( down)? (all )?(of )?my (bank |online banking |account )?(passwords|pins|pin numbers|logins|bank details)( down)? (for|with) (my \w+|her|him|them|someone)\s*(\||$)",
    // The end decided as one's own: "i finally know how this ends and it's up to me now".
    r"\b(know|decided|decide|choose|chosen|choosing|get to (choose|decide)) how (this|it|my story|everything|it all|my life)( ends| will end| is going to end|'ll end)\b.{0,30}\b((it's|its|it is) (all )?(up to me|my (choice|decision|call))|on my (own )?terms)( now)?\s*(\||$)",
    r"\b(it's|it is) (all )?(up to me|my (choice|decision)) (now )?how (this|it|my story|my life|everything|it all) (ends|will end|is going to end)\b",
];

const OVERDOSE: &[&str] = &[
    // Someone close found after an overdose, an emergency now: "my mum's on the floor, she's
    // taken all her tablets and won't wake up". The "my" keeps it the speaker's to report.
    r"\bmy (mum|dad|mother|father|partner|husband|wife|son|daughter|brother|sister|friend|mate|flatmate|housemate|nan|gran|grandad|boyfriend|girlfriend|bf|gf)\b.{0,60}\b(taken|took|swallowed|had|necked) (all|loads|a load|the whole|a whole|too many|a bottle|a box|a packet|every|everything|\d+)\b.{0,50}\b(won't wake( up)?|isn't breathing|not breathing|can't wake (him|her)( up)?|unconscious|won't respond|not responding)(\s*(\||$)| and\b)|\bmy (mum|dad|mother|father|partner|husband|wife|son|daughter|brother|sister|friend|mate|flatmate|housemate|nan|gran|grandad|boyfriend|girlfriend)( has|'s| has just|'s just| just) (taken an overdose|overdosed|od'd)\b(\s*(\||$)| and\b| again\b| tonight\b| today\b)",
    // Plain sayings the backstop alone had caught (thirty-first session). As a learner says
    // it: "yesterday i drink many tablets", "i have eaten many tablets, i feel strange".
    r"\b(drink|drank|drunk|eat|ate|eaten) (many|lots of|a lot of|so many|too many) (pills|tablets)\b|\b(many|lots of|a lot of|so many) (pills|tablets)( [\w']+){0,4} (together|at once|in one go|more than (the )?doctor|i feel strange|feel strange|feel weird)\b|\bi( am|'m)? (take|took) many (pills|tablets)\s*(\||$)",
    // Another's medicine taken: "i swallowed my mum's tablets", "took like 8 of my nans
    // diazepam to knock myself out".
    r"\b(swallowed|necked|downed) (all of |a load of |loads of |some of |a strip of |a whole strip of |the rest of )?(my )?(mum's|mums|dad's|dads|nan's|nans|gran's|grans|partner's|wife's|husband's|son's|sons|daughter's|brother's|sister's|flatmate's|late \w+'s)( \w+)? (tablets|pills|meds|medication|diazepam|sleeping tablets|sleeping pills|painkillers|morphine|codeine|tramadol|insulin)\b|\b(took|taken|had) (all of|a load of|loads of|a strip of|a whole strip of|the rest of|like \d+ of|\d+ of) (my )?(mum's|mums|dad's|dads|nan's|nans|gran's|grans|partner's|wife's|husband's|son's|sons|daughter's|brother's|sister's|flatmate's)( \w+)? (tablets|pills|meds|medication|diazepam|sleeping tablets|sleeping pills|painkillers|morphine|codeine|tramadol|insulin|adhd meds)\b",
    // A whole supply at once: "necked my whole prescription", "took a whole pack of my sons
    // adhd meds", "i took 3 days worth of my meds in one go".
    r"\b(necked|swallowed|downed|took|taken|had) (my|the|a) (whole|entire|full) (prescription|box|packet|pack|strip|bottle|blister pack|sheet)( of [\w' ]{0,30}(tablets|pills|meds|medication|paracetamol|co codamol|codeine|diazepam|sertraline|insulin|painkillers))?(\s*(\||$)| of (my|his|her|the|\w+'s) )|\b(days|day's|weeks|week's|month's|months) (worth|supply) of (my )?(meds|tablets|pills|medication)( [\w']+){0,2} (in one go|at once|together)\b",
    // More than the dose, on purpose: "i took more than i should have on purpose".
    r"\b(took|taken|had|injected|swallowed|used) (way |far |a lot )?(too much|too many|more than i should( have| of)?|more than (the|my) (dose|prescription|doctor said))\b.{0,40}\b(on purpose|deliberately|to knock myself out|hoping|to make it stop|to see what happens|so i (wouldn't|won't|don't) wake up)\b",
    // The whole lot about to go down: "i'm going to take the whole box tonight", "i'm going
    // to swallow everything in the cupboard".
    r"\b(going to|gonna|will|i'll|want to) (take|swallow|neck|down) (the whole (box|packet|pack|bottle|lot|strip)(\s*(\||$)| tonight| now| at once| in one go)|everything in the (cupboard|medicine cabinet|medicine cupboard|drawer|cabinet))\b",
    // Swallowed to make it stop: "i've swallowed something to make it stop".
    r"\b(swallowed|took|taken|had|necked) (something|a load|loads|a lot|some|everything)( of [\w' ]+)? to (make it (all )?stop|end it|not wake up|knock myself out|make the pain stop)\b",
    // A dose looked up: "i've googled how many of my pills it'd take", "what the lethal dose
    // of my meds is".
    r"\b(googled|googling|looked up|looking up|researched|researching|worked out|working out|looked into|looking into|checked|checking|found out)( [\w']+){0,2} (how many|how much|which)( [\w']+){0,4} (pills|tablets|meds|medication|insulin|paracetamol|sertraline|amitriptyline|co codamol|codeine|morphine|diazepam|pens|heart pills|painkillers)( [\w']+){0,3} (it'd take|it would take|would take|i'd need|id need|would be needed|would do the most damage|would kill)\b|\blethal dose of my\b",
    // Enough saved: "counted my pills again, i have enough now", "saved up enough of my
    // nan's morphine now".
    r"\bcounted (my|the) (pills|tablets)\b.{0,30}\benough\b|\b(saved|saving) up enough (of )?(my |his |her |my \w+'s )?(\w+ )?(tablets|pills|meds|morphine|insulin|painkillers|medication)\b",
    // Mixed with drink: "mixed my sleeping tablets with half a bottle of gin", "washed down
    // the whole box of co-codamol with vodka".
    r"\b(mixed|washed down|downed|necked) (my |the |a |some |a whole |the whole |half a )?([\w']+ ){0,3}(tablets|pills|meds|co codamol|codeine|diazepam|sleeping tablets|painkillers|paracetamol)( [\w']+){0,3} (with|and) (a |half a |the |loads of |some )?(bottle|vodka|gin|wine|whisky|alcohol|cans|drink)\b",
    // Bleach swallowed.
    r"\b(swallowed|drank|drunk|had) (some |sum |a bit of |a load of |a bottle of |a cup of )?bleach\b",
    // Pills ready: "i've got the tablets ready in the drawer", "i'm looking at the pills now".
    r"\b(pills|tablets) (lined up|counted out|all counted out)\b|\b(got|have|had) (the|my|all my|all the) (pills|tablets) ready(\s*(\||$)| in the drawer| by the bed| next to me)|\blooking at the (pills|tablets) (now|again|right now)\b",
    // A dead one's strong medicine kept back: "i've got a stash of my late wife's morphine in
    // the shed".
    r"\b(got|have|kept|keeping|keep|found|hidden|hid|hiding|built up|building up|saved up|saving up)( [\w']+){0,2} (a |my |a little |a secret |a big )?(stash|stockpile|hoard|secret supply|box|bag|pile|drawer full) of (my |the |all )?(late |dead |old )?(\w+'s |\w+s' )?(morphine|oramorph|fentanyl|oxycodone|codeine|co codamol|co-codamol|tramadol|diazepam|insulin|sleeping (tablets|pills)|methadone|pregabalin|gabapentin|zopiclone|amitriptyline|pills|tablets|painkillers|meds)\b",
    // Another's medicine taken by the handful: "taking my mums diazepam ... loads of it".
    r"\b(taking|taken|took|been taking|been having|necking|popping) (my \w+'s|my \w+s|her|his|their) (diazepam|valium|xanax|tablets|pills|meds|sleeping pills|sleeping tablets|tramadol|codeine|oxycodone|morphine|painkillers|co codamol)\b.{0,30}\b(loads|lots|a lot|handfuls|too many|all of them|loads of it|loads of them|the lot)\b",
    // "thinking of necking the lot".
    r"\b(thinking of|thinking about|want to|wanna|going to|gonna|might|about to|tempted to|could) (neck|necking|swallow|swallowing|down|downing) the lot\s*(\||$)",
    // Medicine gathered till there is enough: "taking morphine from work to have enough".
    r"\b(morphine|oramorph|meds|medication|tablets|pills|painkillers|codeine|tramadol|insulin|diazepam|sleeping tablets|sleeping pills|paracetamol|co codamol|opioids)\b.{0,40}\b(to have enough|so i have enough|so i've got enough|until i have enough|till i have enough|till i've got enough|until i've got enough)\s*(\||$)",
    // Something taken and not named: "i've taken something | i don't want to say what | i
    // just want to sleep".
    r"\b(i've|i have|just) taken something( \|)? (i don't want to say what|i won't say what|not saying what|don't ask)\b|\b(i've|i have|i) (taken|took) something\s*\|.{0,50}\bwant to (sleep|go to sleep|not wake up)\b",
    // Someone else's pills taken on top of one's own: "took my sleeping pills and my mum's
    // too".
    r"\b(took|taken|had|swallowed|necked|downed)( all)? my (sleeping pills|sleeping tablets|pills|tablets|meds|medication|painkillers)( [\w']+){0,2} and (all )?(my \w+'s|his|hers|theirs|my \w+ \w+'s|the rest of (his|hers|my \w+'s))( too| as well| and all)?\s*(\||$)",
    // Pills kept back for tonight: "i took my tablets back and kept the strongest ones for
    // tonight".
    r"\b(tablets|pills|meds|medication|painkillers|paracetamol|co codamol|codeine|diazepam|sleeping pills|sleeping tablets|antidepressants)\b.{0,60}\b(kept|keeping|saved|saving|held back|holding back|hid|hidden|stashed|put aside|set aside)( back)? (the strongest|the strong|some|a few|enough|the rest|the best|a load|loads|a handful)( ones| of them)?( back)? for (tonight|later tonight|myself|me|the weekend|when i'm ready|after)\b",
    // The pills, all of them, taken at a time set: "i'm taking the pills tonight" (not "i'm
    // taking my tablets tonight", a routine dose).
    r"\b(i'm|i am|going to|gonna|i'll|i will|planning to|plan to) (take|taking|swallow|swallowing|neck|necking|down|downing) (the|all the|all my|all of the|all of my|the rest of the|the rest of my|the whole (box|packet|bottle|lot) of|the lot of) (pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills|sleeping tablets)( [\w']+){0,2} (tonight|now|later|today|when (everyone|they're|they are|he's|she's) (asleep|gone|out|in bed))\b",
    // Medicine drunk to go numb: "i drank half a bottle of calpol to feel numb".
    r"\b(drank|drunk|drink|swallowed|necked|downed) (half |most of )?(a|the) (whole )?(bottle|packet) of (calpol|medicine|cough medicine|cough syrup|night nurse|benylin|tablets|pills|sleeping tablets|nytol)( [\w']+){0,3} (to|so i could|so i'd) (feel numb|go numb|sleep|not feel|knock myself out|pass out|forget|black out)\b",
    // Plain sayings the backstop alone had caught (session 25).
    r"\b(swallowed|necked|downed) (a |the |my )?(whole |full |entire )?(pack|packet|box|bottle|strip|blister|tub|jar|handful)( of (tablets|pills|meds|them|paracetamol|painkillers))?(\s*(\||$)| and\b| in one go)",
    r"\b(week's|weeks|week of|whole week's|month's|whole) ([\w']+ )?(tablets|pills|meds|dosette|dosette box|blister pack|medication)( box)? in one go\b",
    r"\b(tablets|pills|meds|medication|paracetamol)\b.{0,20}\b(and|plus) the (rest|remainder) of the (packet|pack|box|bottle|strip)\s*(\||$)",
    r"\b(took|taken|taking|had|swallowed)( [\w']+){0,3} (a lot|way|loads|much|far|double|triple|twice|three times)( more)? (than|the) (the |my )?(prescribed|recommended|stated|right|normal|usual) (dose|amount)\b",
    r"\b(stash|stockpile|hoard) of\b.{0,30}\b(and )?i know (what (it|they) (does|do|would do|can do)|how much (it takes|would do it|i'd need))\b",
    r"\b(stash|stockpile|hoard|stockpiling|hoarding|saving up|saving)( of)? (my )?(\w+('s|s) )?(old )?(tablets|pills|meds|morphine|insulin|codeine|tramadol|sleeping (tablets|pills)|paracetamol|painkillers)( [\w']+){0,4} (just in case|in case i|for when i|for the day i|for if i|for when (it|things) gets?)\b",
    // Many counted out: "the meds are all counted out on the kitchen side | thirty of them".
    r"\b(meds|pills|tablets|paracetamol|painkillers|sleeping pills)( are| all| are all)? counted out( (on|in|by) (the|my) [\w' ]{1,25})?\s*\| (about |like |nearly |over )?(twenty|thirty|forty|fifty|sixty|a hundred|[2-9]\d|\d{3})( of them| tablets| pills)?\s*(\||$)",
    r"\b(drank|downed|necked|swallowed) (a|a whole|the whole) bottle of (calpol|cough medicine|medicine|oramorph|liquid morphine|methadone|codeine linctus)\b",
    r"\bmixing (my |the )?(meds|tablets|pills|medication|sleeping pills|painkillers) (with|and) (vodka|alcohol|drink|booze|wine|gin|whisky)\b",
    r"\b(took|taken|swallowed|downed|necked|had) (about|around|like|maybe|roughly|over|nearly|at least) (\d{2,}|[5-9]) (of my |of the )?(co codamol|paracetamol|tablets|pills|painkillers|ibuprofen|sleeping pills|codeine|diazepam|sertraline)\b",
    // Counted out, and enough: "counted out what i'd need from the cupboard | it's enough".
    r"\b(counted|counting|count) (out|up) (what i('d| would)? need|what i('ve| have) got|the (pills|tablets|meds|paracetamol|painkillers|sleeping pills)|my (pills|tablets|meds|paracetamol|painkillers|sleeping pills)|them|enough)\b.{0,40}\b(it's|that's|there's|it is|that is|there is|i've got|i have|should be|will be|'ll be) (enough|plenty)( now| to do it| for it)?\s*(\||$)",
    r"\b(took|taken|swallowed|necked|downed|had) (a load|loads|a lot|a handful|handfuls|a bunch|a pile|lots|the lot|a whole load|a fistful) of (my |her |his |the |[\w']+'s |my [\w']+ )?([\w']+ ){0,2}(pills|tablets|meds|paracetamol|painkillers|sleeping pills)\b",
    r"\b(swallowed|took|taken|downed|necked|had)( [\w']+){0,6} (half|most|all|the rest|the whole) (a |of )?(a |the |my |her |his )?(bottle|box|packet|pack|strip|tub|jar)s? of ([\w']+ ){0,3}(pills|tablets|meds|paracetamol|painkillers|co codamol|ibuprofen|aspirin|antidepressants|sertraline|diazepam|sleepers)\b",
    r"\b(have|got|getting) (the|my) (pills|tablets|meds|paracetamol|painkillers) ready( now| tonight| to go)?(\s*(\||$)| for (tonight|later|when))",
    // Doses kept back to hoard: "i've stopped taking my meds so i can save them up".
    r"\b(stopped|stop|not|haven't been|been skipping|skipping) (taking )?(my|the) (meds|medication|tablets|pills|antidepressants|painkillers)\b.{0,20}\bso (i can|that i can|i could|i'll have|i have) (save|stockpile|keep|hoard|store|collect) (them|enough|more)\b",
    // Pills and drink set by for a day: "i've got 3 boxes of nytol and a bottle of gin sorted
    // for friday".
    r"\b(\d+|a few|several|two|three|four|five|six|some|loads of|enough) (boxes|packets|packs|strips|bottles|tubs|blister packs) of (\w+ )?(tablets|pills|paracetamol|co codamol|codeine|ibuprofen|aspirin|nytol|sleeping (tablets|pills)|sleepeaze|diazepam|zopiclone|sertraline|citalopram|fluoxetine|amitriptyline|tramadol|morphine|oramorph|insulin|painkillers|meds|medication|antidepressants|antihistamines|piriton|benadryl|night nurse)( tablets| pills)? (and (a|two|some|\d+) (bottles?|litres?) of [\w ]{1,15} )?(sorted|ready|saved|set aside|lined up|put by|stashed|hidden) for (tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend|then|when the time comes|the day)\b",
    // Someone's medicine kept back for oneself: "i've kept my dad's morphine since he
    // passed | it's in my drawer for when i need it".
    r"\b(kept|keeping|keep|saved|saving|hidden|hid|hiding|hoarded|hoarding|held on to|holding on to|hung on to|put aside|put away|stashed)( all)?( of)? (my \w+'s|his|her|the|their|my|some of|the last of) (old )?(morphine|oxycodone|oramorph|fentanyl|fentanyl patches|tramadol|codeine|co codamol|diazepam|insulin|meds|pills|tablets|medication|painkillers|sleeping pills|sleeping tablets|patches)\b.{0,60}\b(for when i need (it|them)|for when i'm ready|for when it gets too much|for when i can't (cope|take it)|for a bad day|for the right time|for later|for myself|just in case( i need (it|them))?|in case i need (it|them))\s*(\||$)",
    // Pills held, said as a fragment: "low | pills in my hand".
    r"(^|\| )(i've got |i have |got |holding |i'm holding )?(the |all the |all my |a handful of |a load of |loads of )?(pills|tablets|meds|painkillers) in my hands?\s*(\||$)",
    // A stash kept: "i've got a stash of codeine hidden in my room", "every time i get my
    // prescription i keep a few back".
    r"\b(stash|stockpile|hoard|secret supply|hidden supply) of (pills|tablets|meds|medication|painkillers|paracetamol|codeine|co codamol|sleeping pills|sleeping tablets|insulin|opioids|oxycodone|tramadol)\b",
    r"\b(prescription|pills|tablets|meds|medication|painkillers)\b.{0,40}\b(keep|keeping|kept|hold|holding|held|put|putting|save|saving|saved|hide|hiding|hid) (a few|some|a couple|one or two|them|a handful|extra|the rest)( of them)? (back|aside|by|away)\b",
    // Not caring about overdoing it: "injecting more than usual | don't care if i overdo it".
    r"\b(don't|do not|dont) care( [\w']+){0,2} (if|whether) i (overdo it|overdose|od|take too much|have too much|go over|never wake up|don't wake up)\b",
    r"\b(drink|drank|drunk|swallowed|downed|necked) (all|the whole|a whole|the rest of|most of) (of )?(the |my |a )?(medicine|bottle of medicine|calpol|cough medicine|oramorph|methadone|liquid morphine)\b",
    // Extra medicine taken not caring what happens: "had a few extra of my oramorph bottle,
    // didn't care".
    r"\b(took|taken|had|swallowed|popped|necked)( a few| some| a couple| loads| lots)? (extra|more)( of)?( my| the)? (pills|tablets|meds|medication|painkillers|paracetamol|co codamol|codeine|tramadol|insulin)\b.{0,80}\b(didn't care|don't care|do not care|not bothered|wasn't bothered|whatever happens|couldn't care less)\b",
    r"\b(swallowed|took|taken|necked|downed|popped) (the lot|the whole lot|every last one|every single one|(the|a) whole (packet|box|bottle|strip|pack|tub))\s*(\||$)",
    // Medicine named, then all of it taken: "my mum's pills | i took them all".
    r"\b(pills|tablets|meds|medication|painkillers|paracetamol|sleeping tablets|antidepressants)\b.{0,30}\b(i|i've|i have) (swallowed|took|taken|necked|downed|had) (them all|all of them|the lot|the whole lot|every one|loads of them)(\s*(\||$)| at once| in one go| tonight| last night| earlier| just now| an hour ago)",
    // More than the dose, and the body saying so: "took extra propranolol | now i feel faint
    // and my heart is really slow".
    r"\b(took|taken|had|swallowed|popped) (extra|more|too much|too many|a double dose of|double|a few extra|some extra)( [\w']+){0,2} (propranolol|pregabalin|zopiclone|mirtazapine|quetiapine|lorazepam|diazepam|sertraline|citalopram|fluoxetine|venlafaxine|amitriptyline|codeine|co codamol|tramadol|paracetamol|ibuprofen|insulin|meds|medication|pills|tablets|sleeping pills|sleeping tablets|painkillers)\b.{0,120}\b(feel (faint|dizzy|sick|really ill|drowsy|out of it|weird|strange|really rough|like i'm going to pass out)|heart (is )?(really |so |very )?(slow|racing|pounding|beating (slowly|weirdly|funny))|can't (breathe|stay awake|stand up|keep my eyes open)|vomiting|being sick|passing out|passed out|collapsed|really out of it)\b",
    r"\b(pills|tablets|meds|medication|painkillers)( [\w']+){0,2} (saved|stored|hidden|stashed|put away)( up)?\b",
    r"\boverdos",
    r"\b(took|taken|take|taking|swallowed|swallow|swallowing|had|downed|necked|popped|eaten|ate) (all|most|loads|lots|a lot|too many|way too many|a bunch|a handful|handfuls|the (whole|rest)|(a (whole )?|half a )(packet|box|bottle|strip|pack|tub)|[4-9]|\d{2,}|ten|twenty|thirty|forty|fifty|hundred|all of|everything|double|triple|extra)( of)?( my| the| those| them| these| a| all)?( whole)?( packet| box| bottle| pack| strip)?( of)?( my| the)? (pills|tablets|paracetamol|ibuprofen|aspirin|painkillers|sleeping (pills|tablets)|meds|medication|medicine|antidepressants|co codamol|codeine|sertraline|citalopram|fluoxetine|diazepam|insulin|tramadol)\b",
    r"\b(took|taken|take|taking|swallowed|swallow|swallowing|had|downed|necked|popped|eaten|ate)( [\w']+){0,3} (all|loads?|lots|load|rake|fistful|a lot|too many|way too many|bunch|handful|handfuls|tons?|tonnes?|shitload|heaps?|packets?|box|boxes|bottles?|whole|rest|double|triple|extra|everything|1[0-9]|[2-9][0-9]|[0-9]{3}|ten|twenty|thirty|forty|fifty|hundred)( [\w']+){0,3} (pills|tablets|paracetamol|ibuprofen|aspirin|painkillers|meds|medication|medicine|antidepressants|codeine|sertraline|citalopram|fluoxetine|diazepam|insulin|tramadol)\b",
    // Enough put by to do it: "i've stored up enough tablets to do it".
    r"\benough (pills|tablets|meds|medication|paracetamol|painkillers|insulin|sleeping pills|sleeping tablets)( [\w']+){0,2} to (do it|end it|kill me|kill myself|die|not wake up|finish it|finish me off|do the job)\b",
    r"\b(stockpiling|stockpiled|stockpile|hoarding|hoarded|stashing|stashed|squirrelling|squirrelled)( away| up)?( [\w']+){0,4} (pills|tablets|meds|medication|painkillers|insulin)\b",
    r"\b(stockpil|sav|hoard|collect|stash|stor|kept back|keeping back|kept aside|put aside|put by|set aside|held back|squirrelled away)(e|ed|ing|ing up)?( up)? (my |some |some of my |a few of my |all my |the |my old |the old )?(pills|tablets|meds|medication|painkillers|paracetamol|morphine|codeine|co codamol|tramadol|oxycodone|insulin|sleeping pills|sleeping tablets|diazepam|antidepressants|sertraline|citalopram|amitriptyline|pregabalin|mirtazapine)\b",
    r"\b(pills|tablets|paracetamol|painkillers|meds)( [\w']+){0,4} (to )?(end it|die|not wake up|never wake up|kill myself|end things)\b",
    r"\btake (all|every one|the lot)( of)? (them|my (pills|tablets|meds|medication))\b",
    // "i'll take every pill in the house", "took every tablet i had".
    r"\b(took|taken|take|taking|swallowed|swallow|swallowing|downed|necked|popped)( every| each and every)( single| last)? (pill|tablet|capsule|painkiller|sleeping (pill|tablet))( in the (house|flat|cupboard|cabinet|drawer|bathroom)| i( had| have| could find| can find| own|'ve got)| i've got| at once| in one go)\b",
    // More than prescribed: "took way more of my meds than i'm supposed to".
    r"\b(more|way more|much more|far more|a lot more|lots more|loads more)( of)?( my| the| those)? (pills|tablets|meds|medication|medicine|painkillers|paracetamol|co codamol|codeine|diazepam|sertraline|pregabalin|tramadol|sleeping pills|sleeping tablets|antidepressants|insulin) than (i'm|i am|i was|i should|i'm meant to|i'm supposed to|you're|you should|prescribed|the dose|it says|i'm allowed|i was told)\b",
    r"\b(drank|drink|drinking|swallowed|swallow|downed) (some |a bit of |a cup of |a glass of |a mouthful of |the |a bottle of |half a bottle of )?(bleach|antifreeze|weedkiller|dettol|disinfectant|screenwash|toilet cleaner|oven cleaner)\b",
    // Symptoms from a quantity taken: "drowsy from all the pills i took earlier".
    r"\b(drowsy|dizzy|sick|woozy|out of it|faint|sleepy|groggy|spaced out|shaky)\b( [\w']+){0,3} (from|after) (all|so many of|the rest of|a load of|loads of|all of) (the|those|my|these|them) ?(pills|tablets|meds|medication|painkillers)?( i (took|had|swallowed))?\b",
    // Medicine taken past counting: "took my meds and then another lot | now i can't remember
    // how many i had".
    r"\b(meds|pills|tablets|medication|medicine|paracetamol|painkillers|co codamol|codeine|diazepam|sleeping pills|sleeping tablets|insulin)\b.{0,150}\b(can't|cannot|don't|do not|lost) (remember|know|count|track of) how many\b",
    r"\b(meds|pills|tablets|medication|medicine|paracetamol|painkillers|co codamol|codeine|diazepam|sleeping pills|sleeping tablets|insulin)\b.{0,150}\b(then|and) (some|a few|a lot|loads|lots|a load|another (few|lot|load|handful|packet|box)) more\b.{0,80}\b(not sure|no idea|unsure|not certain|lost count( of)?) how many( i( took| had| swallowed|'ve taken| have taken))?\s*(\||$)",
    // Taken until none were left: "kept taking them until the packet was empty".
    r"\b(kept|keep|carried on|went on|just kept) (taking|swallowing|popping|necking) (them|the (pills|tablets|meds|paracetamol)|pills|tablets)( [\w']+){0,2} (until|till|til) (the (packet|box|bottle|strip|pack|tub) (was|were) (empty|gone)|there (were|was) none left|they were (all )?gone|i (passed out|lost count))\b",
    r"\b(took|taken|swallowed|had|necked) (some|a few|loads|a load|lots|a lot|a handful|all|most) of (my (mum|dad|mom|nan|gran|partner|husband|wife|sister|brother)'s|someone else's|his|her|their) (pills|tablets|meds|medication|painkillers|sleeping pills|sleeping tablets)\b",
    r"\b(took|taken|swallowed|had|downed) (everything|all the (pills|tablets|meds)|whatever (i could find|was)) (in|from) (the|my) (bathroom |medicine )?(cabinet|cupboard|drawer|first aid box|medicine box)\b",
    r"\b(pills|tablets|meds|medication|prescription)( [\w']+){0,3} (on purpose|deliberately)\b",
    r"\b(took|taken|take|had) too many( [\w']+){0,2} (on purpose|deliberately)\b",
    r"\b(swallowed|took|taken|downed) (my |the )?(whole|entire|all (of )?my) (prescription|medication|meds)\b",
    r"\b(pills|tablets|meds)( [\w']+){0,3} to make (it|everything|the pain) (stop|go away|end)\b",
    r"\b(vodka|wine|alcohol|whisky|gin|booze|drank|drinking)( [\w']+){0,5} (and|with) (took|taken|swallowed|had|some|my|all|most|half|loads|lots|a load|a lot|a handful|the rest)( [\w']+){0,2} (pills|tablets|meds|medication|painkillers|paracetamol|co codamol|codeine|diazepam|sertraline|citalopram|fluoxetine|tramadol|sleeping pills|sleeping tablets|antidepressants)\b",
    // Taken to see what would happen: "i doubled up on my insulin to see what would happen".
    r"\b(doubled|tripled|double|triple|doubling|tripling)( up)?( on)? (my )?(tablets|pills|meds|medication|dose|doses|insulin)\b.{0,40}\b(to see what (would|will|might) happen|on purpose|deliberately|so i (wouldn't|won't|don't) wake up)\b",
    // An overdose made small.
    r"\b(wasn't|was not|isn't|not) (really )?(a|an) (proper|real|big|serious|actual) (overdose|od)\b",
    r"\b(didn't|did not|only|just) (take|took|swallow|swallowed|have|had) (that|too|very|so)? ?many( \|)? (maybe|only|just|about|around|like)? ?([4-9]|\d{2,}|ten|twelve|fifteen|twenty)(\s*(\||$)| or so| ish| pills| tablets| of them)",
    // Twice the dose.
    r"\b(took|taken|had|swallowed|taking|injected) (twice|double|triple|three times|four times) (my|the) (dose|dosage|methadone|tablets|pills|meds|medication|prescription|insulin)\b",
];

const SELF_HARM: &[&str] = &[
    // The plain verbs in every tense: "i punched myself in the head", "keep giving myself
    // bruises", "i scalded my arm".
    r"\b(punched|punches|scratched|scratches|bit|bites|bangs|stabbed|stabs|starved|starves|slashed|slashes|hits|pinch|pinches|pinched|pinching|scald|scalds|scalded|scalding|carve|carves|carved|carving|gouge|gouged|gouging) (my ?self|myself|my (arms?|legs?|wrists?|thighs?|skin|body|stomach|hands?))\b|\b(give|gives|giving|gave) myself (bruises|cuts|burns|a black eye|scars)\b",
    // Walls and fists till something breaks: "i bang my fists on the wall till my knuckles
    // split", "i punch walls to feel something".
    r"\b(punch|punched|punching|punches|punchin|smash|smashed|smashing|hit|hitting)( my (fists?|hands?|head))? (the |a )?(wall|walls|door|doors|mirror)( [\w']+){0,3} (till|until|til) (it|they|i|my \w+) (bled|bleed|bleeds|split|splits|went numb|broke|cracked)\b|\b(punch|punched|punching|punches|punchin) (the )?walls?( [\w']+){0,2} (to feel|because i deserve|cos i deserve|deserve it)\b|\b(bang|banged|banging|bangs) my (fists?|head) (on|against|into) (the |my )?(wall|walls|head|door|legs)\b.{0,20}\b(till|until|til|to feel)\b",
    // Words carved, skin scored, scars reopened, a blade kept hidden: "i scratched 'failure'
    // into my arm with a pin", "been scoring my legs with a stanley knife".
    r"\b(scratched|carved|scored|etched|cut) ([\w']+ ){0,2}(into|onto) my (arm|arms|leg|legs|skin|wrist|wrists|thigh|thighs|stomach)\b|\bscoring my (legs|arms|thighs|skin|wrists)\b|\bscratching at my (scars|wrists|cuts)\b|\b(keeping|keep|kept|hide|hiding|hid) a (razor|razor blade|blade) (in|inside|under) my (phone case|purse|wallet|bag|pencil case|room|drawer|bra|sock|socks|shoe|bedroom|school bag|pillow|mattress|make up bag)\b",
    // Burning instead of cutting; a relapse named: "i dont cut anymore, i burn instead", "sh
    // relapse last night".
    r"\b(don't|not|stopped|no longer) cut(ting)?( anymore| any more)?\s*\|?\s*(i|i'm) (burn|burning)( myself)? instead\b|\b(sh|self harm) relapse\b",
    // Pins stuck in: "i've been sticking pins in my legs under the desk at school".
    r"\b(stick|sticks|sticking|stuck|jab|jabs|jabbing|jabbed|poke|pokes|poking|poked|push|pushing|pushed) (pins|needles|a pin|a needle|the compass|my compass|a compass|drawing pins|safety pins)( [\w']+){0,2} (in|into) my (legs?|arms?|thighs?|hands?|skin|fingers|wrists?|stomach|palms?)\b",
    // Head-butting: "i head-butt the wall when the voices get loud".
    r"\bi( keep| kept| have been|'ve been| been| always| just)? (head ?butt|head ?butts|head ?butted|head ?butting|headbutt|headbutts|headbutted|headbutting) (the |a )?(wall|walls|door|floor|mirror|table|radiator)\b",
    // Cut with no object, as said of self-harm: "cut tonight, needed it", "came home and cut
    // for the first time in months", "relapsed | cut deep this time".
    r"(^|\| |\b(i|i've|and|then|to|wanting to|want to|urge to|urges to|need to|needed to|going to|gonna) )(cut|cutting)( again| deep| deeper| deeper than i meant to| myself)?( (last night|tonight|today|yesterday|this morning|earlier|again))?( for the first time( in [\w']+( [\w']+)?)?)?\s*(\||$)|(^|\| )(relapsed|relapse) (and )?cut\b|\bcut deep(er)? (this time|again|last night|tonight)\b",
    // What helps is the harm: "the only thing that calms me is cutting", "only the blade
    // does", "sh is the only thing that helps".
    r"\bthe only thing (that|which) (helps|works|calms me|calms the panic|calms me down|stops the panic|makes it stop|makes it go quiet|gets me through) is (cutting|burning|the blade|my blade|hurting myself|self harm|self harming|sh)\b|\bonly the (blade|razor|cutting|lighter) (does|helps|works)\b|(^|\| )(sh|self harm|cutting|the blade|burning myself) is the only thing (that|which) (helps|works|calms me)\b",
    // Fresh wounds hidden or tended: "i hide my cuts under my school jumper", "the cuts on
    // my thighs are getting deeper", "fresh marks on my thighs".
    r"\b(hide|hides|hiding|hid|clean|cleans|cleaning|cleaned|cover|covering) (my|the) (cuts|burns|fresh cuts|new cuts)\b|\b(cuts|burns|marks) on my (arms?|thighs?|legs?|wrists?|stomach|hips?) (are|keep) (getting|going) (deeper|worse|bigger)\b|\b(fresh|new) (cuts|marks|burns) on my (arms?|thighs?|legs?|wrists?|stomach|hips?)\b",
    // A band snapped or tied till it wounds: "i snap the elastic on my wrist till it bleeds".
    r"\b(snap|snaps|snapping|snapped|ping|pinging|tie|ties|tying|tied)( [\w']+){0,3} (elastic|band|bands|bobble|bobbles|hair tie|hairband|hair band)( [\w']+){0,3} (on|against|round|around) my wrists?\b.{0,40}\b(bleed|bleeds|bled|bleeding|welts?|raw|marks)\b",
    // A tool or flame pressed to the body: "i keep pressing the lighter to my wrist", "dug
    // the scissors into my leg", "held my hand over the gas ring on purpose".
    r"\b(dig|digs|digging|dug|press|presses|pressed|pressing|held|holding|hold|put|putting) (the|a|my) (scissors|compass|lighter|blade|razor|keys|pin|needle|knife)( [\w']+){0,2} (into|to|against|on|across) my (palms?|skin|wrists?|arms?|legs?|thighs?|stomach|hands?)\b|\b(held|holding|hold|put|putting) my (hand|hands|arm|fingers|wrist) (over|on|onto|in|into) (the )?(gas ring|hob|flame|candle|iron|kettle|boiling water)\b.{0,30}\b(on purpose|deliberately|to feel|till|until|so i)\b",
    // Bleach on the skin: "i scrub my skin with bleach when i feel dirty".
    r"\b(scrub|scrubs|scrubbing|scrubbed|wash|washes|washed|washing|rub|rubs|rubbed|rubbing) (my )?(skin|arms|hands|face|body)( [\w']+){0,2} (with|in) bleach\b",
    // Sick made to come as punishment: "i make myself sick after tea as a punishment".
    r"\b(make|makes|making|made) myself (sick|throw up|vomit|be sick)\b.{0,30}\b(after (meals|every meal|tea|dinner|eating|food|lunch|breakfast)|as (a )?punishment|on purpose|because i deserve|to punish)\b",
    // The urge back after a stretch without: "i haven't cut for a month but the urge is back".
    r"\b(not|haven't|havent|hadn't|stopped|without) (cut|cutting|self harmed|self harming|harmed|hurt myself)\b.{0,40}\b(urge|urges)\b",
    // Life-keeping medicine withheld on purpose: "i have been deliberately not taking my
    // insulin".
    r"\b(deliberately|on purpose|purposely|intentionally) (not taking|skipping|stopped taking|missing|withholding|not injecting|leaving off) (my )?(insulin|heart (meds|tablets|pills)|blood thinners|epilepsy (meds|tablets)|seizure (meds|tablets)|transplant (meds|tablets)|warfarin)\b|\b(not taking|skipping|stopped taking|not injecting) (my )?(insulin|heart (meds|tablets|pills)|blood thinners|epilepsy (meds|tablets)|warfarin) (on purpose|deliberately|intentionally)\b",
    // Not eating to be thin enough: "i haven't eaten since monday so i can be thin enough".
    r"\b(haven't eaten|have not eaten|not eaten|not eating|stopped eating|starving myself|skipping meals)\b.{0,40}\b(thin enough|skinny enough|small enough|light enough)\b",
    // A bone broken on purpose: "i tried to break my own wrist".
    r"\b(tried|trying|try|want|wanted|going) to break my own (wrist|arm|hand|fingers?|leg|ankle|nose|ribs?)\b|\b(tried|trying|try|want|wanted|going) to break my (wrist|arm|hand|fingers?|leg|ankle|nose|ribs?)( [\w']+){0,2} (on purpose|deliberately|by (slamming|hitting|punching|smashing|banging|twisting))\b",
    // Burns with a named means: "burning the back of my hand with cigarettes".
    r"\b(burn|burning|burnt|burned) (my|the back of my|the inside of my) (hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|fingers)( [\w']+){0,2} (with|using) (a )?(cigarettes?|fags?|a lighter|lighters?|matches|a lit match|the hob|an iron|hot (metal|spoons?|knives?))\b",
    // Marks hidden: "my arms are covered so i wear long sleeves in pe".
    r"\bmy (arms|legs|wrists|thighs|stomach) (are|is) covered( in (cuts|scars|marks|cut marks|burns))?( \|)? so i (wear|have to wear|always wear|only wear) (long sleeves|a hoodie|hoodies|jumpers|trousers|leggings)\b|\b(wear|wearing) long sleeves\b.{0,30}\b(to hide|so no one sees|so nobody sees|so no one can see|so nobody can see) (my|the) (cuts|scars|marks|arms|wrists|burns)\b",
    // Shut away to cut: "locked myself in the bathroom and cut"; a relapse counted: "cut |
    // first time in two years".
    r"\b(locked|shut) myself in (the|my) (bathroom|bedroom|room|toilet|loo) and (cut|sliced|scratched|burned|burnt|hurt)( myself| my \w+)?( again)?\s*(\||$)|\bcut( myself)?( again)?\s*\| first time in (\d+|a|two|three|four|five|six|ages|months|years|a year|a while|ages)\b",
    // Done till it bleeds: "it's just scratching | i do that till it bleeds".
    r"\bi( do| did| keep doing| kept doing|'ve been doing| have been doing) (that|it|this)( [\w']+){0,2} (till|until|til|untill) (it bleeds|it bled|they bleed|they bled|i bleed|i bled|there's blood|it draws blood|i draw blood)\b",
    // Plain sayings the backstop alone had caught (session 25).
    r"\b(old habit|habit) with (the|a|my) (blade|razor|knife|lighter)\b",
    r"\b(use|used|using|uses|hold|held|holding|put|press|pressed) (a|the|my) (lighter|match|lit match|hot knife|cigarette|lit cigarette|hair straighteners|straighteners) (on|to|against) my (wrist|wrists|arm|arms|thigh|thighs|leg|legs|skin|stomach|hip|hips)\b",
    r"\b(keep|kept|keeping|hide|hid|hidden|hiding|stash|stashed) (a |my )?(razor|razors|blade|blades)( [\w']+){0,5} (for when|in case|just in case)\b|\b(hidden|hid|hide|hiding|stashed) (razors?|blades?)( [\w']+){0,3} (around|in|under) my (room|bedroom|drawers?|bed)\b",
    r"\b(snapped|took|got|broke|popped|prised|pried|unscrewed) (a |the )?blades? out of (a |my |the )?(pencil )?sharpeners?\b",
    r"\b(added|adding|another|a new) (another |a new )?scars? to the collection\b",
    r"\bdoing (things|stuff) to my (arms?|legs?|skin|body|wrists?|thighs?)( that)? i (shouldn't|should not)\b",
    r"\bwant to feel (physical|real) pain( instead( of this)?| rather than this)?\s*(\||$)",
    r"\b(pick|picked|picking|start|started|starting) fights( [\w']+){0,6} (so|hoping|in the hope|to get) (they'll|they'd|they will|they would|someone'll|someone will|someone would|i get|i'd get) (hurt|hit|beat|batter|smash)( me)?\b",
    r"\bslic(e|ed|ing) (myself|my (arms?|legs?|wrists?|skin|thighs?))\b",
    r"(i'm|i am) covered in (cuts|scars|burns)\s*(\||$)",
    r"\b(keep going|carry on|starve( myself)?|not eat(ing)?)( [\w']+){0,2} (until|till|til) i (disappear|waste away|vanish)\b",
    // Bitten till it bled, in anger at oneself: "bit my lip till it bled cos i was so angry
    // at myself".
    r"\b(bit|bite|biting|bites) my (lip|lips|tongue|cheek|cheeks|arm|hand|finger|fingers)( [\w']+){0,2} (till|until|so) (it|they) (bled|bleed|bleeds)\b.{0,30}\b(angry (at|with) myself|hate myself|hated myself|to punish myself|on purpose|deserved it|so angry at me)\b",
    // A past habit come back: "i used to cut years ago but its started again this week".
    // One's own past, not another's ("my friend used to self harm and i'm worried it's
    // started again").
    r"(\bi (used to )?|(^|\| )used to )(cut|self harm|self harmed|hurt myself|burn myself|burned myself)\b.{0,40}\b((it's|its|it has|it is) (started|starting|come back|coming back|back) again|(it )?started again|relapsed)\b",
    // Harm not wanted and not stoppable: "i don't want to hurt myself but i can't stop doing it".
    r"\b(don't|do not) want to (hurt|harm|cut|burn) myself (but|and) (i )?(can't|cannot|can not) (stop|help it)( doing it| doing that| myself)?\s*(\||$)",
    r"\b(bite|biting|bit) (the inside of )?my (arm|arms|hand|hands|wrist|wrists)( [\w']+){0,2} (till|until|so) (it|they) (bruises|bleeds|bled|bruised|marks|bruise|bleed)\b",
    r"\b(had|got|getting|get) (the|my) (blade|blades|razor|razors) out( again)?(\s*(\||$)| again\b)",
    r"\b(punched|hit|hitting|punching|thumped|thumping) my (thighs?|legs?|arms?|stomach|head)( [\w']+){0,2} (till|until) (they|it) (were|was|went|are|is) (purple|black|bruised|blue)\b",
    r"\bmake (a )?cuts? on my (arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs)\b",
    r"\b(using|used|use) (the|a|my) (razor|blade|blades|compass|scissors|sharpener)( [\w']+){0,5} (again\s*(\||$)|again on|to cut|on myself|on my (arms?|legs?|wrists?|thighs?|skin)\b)",
    r"\b(slam|slamming|slammed|trap|trapping|trapped|shut|shutting) my (hand|hands|fingers|arm|head) in (the|a) (car )?(door|drawer|window)( [\w']+){0,3} (on purpose|deliberately)\b",
    r"\b(pull|pulling|pulled|rip|ripping|ripped) (my )?hair out (till|until|so) (it|i) (bleeds|bleed|bled)\b",
    r"\b(scratched|scratch|scratching|picked|picking|clawed|clawing) (myself|my skin|at myself|at my skin)( [\w']+){0,2} (till|until|so) (i|it) (bled|bleed|bleeds)\b",
    r"\b(scoring|scored|score|carving|carved|carve) lines (into|in|on) my\b",
    r"\b(put|stubbed|stub|putting|stubbing|stubs|puts) (out )?(a |my |the )?(cigarette|fag|ciggie|cig|lighter)s? (out )?(on|into) my (arm|arms|leg|legs|hand|hands|wrist|wrists|skin|thigh|thighs|stomach)\b",
    r"\b(tie|tied|tying|ties|put|wrap|wrapped)( [\w']+){0,2} (round|around) my (neck|throat)\b.{0,30}\b(faint|dizzy|pass out|black out|can't breathe)\b",
    r"\b(punch|punched|punching|punches|hit|hitting) (the )?walls? (till|until|so|and) (my )?(knuckles|hands?|fists?) (split|splits|bleed|bled|bleeds|break|broke|crack|cracked|swell|swelled|are raw|go raw)\b",
    // A bare "i cut" closing a "when" clause: "when the kids are at school i cut".
    r"\b(when|whenever|once|after|that's when|it's when|then|and then)( [\w']+){1,8} i (cut|burn|self harm)( again| deeper| more| myself)?\s*(\||$)",
    // Self-harm shared: "me and my sister both cut".
    r"\b(me and (my )?\w+|we|us|both of us|my \w+ and (i|me))( both| all)? ((cut|self harm|self harmed)( ourselves| our (arms|legs|wrists|thighs|skin))?\s*(\||$)|(harm|hurt|burn|harmed|hurt|burned|burnt) ourselves\b)",
    // Starving to punish oneself: "sometimes i don't eat for days to punish myself".
    r"\b(ate|eaten|had|drank) (nothing|no food|hardly anything|barely anything|next to nothing)( [\w']+){0,5} (as (a )?punishment|to punish myself|because i (don't|didn't) deserve (it|to eat|food))\b",
    r"\b(don't|do not|didn't|won't|stop|stopped|skip|skipped|refuse to) eat(ing)?( anything| for (days|a day|two days|\w+ days|a week|as long as i can))? (to|as a way to|so i can|because i need to|because i deserve to) (punish|hurt) (myself|me)\b",
    // Blades taken and replaced: "my partner found my blades and now i need to get new ones".
    r"\b(found|took|taken|threw away|thrown away|binned|confiscated|hid|hidden|removed) my (blades|razors|razor blades|sharpeners|stash)\b.{0,40}\b(get|buy|find|order|sort) (new|more|some more|other|some new) ones\b",
    // Harm to others ruled out, but not to oneself: "i'm not going to hurt anyone | only
    // me", "i'd never hurt anyone else but myself is a different story".
    r"\b(never|not going to|won't|wouldn't|will never|would never|not gonna|don't want to) (hurt|harm) (anyone|anybody|other people|others|someone else)( else)?( \|)? (only|just|but|except|apart from|other than) (me|myself)\s*(\||$)",
    r"\b(never |not |won't |wouldn't |would never |will never |not going to |don't want to )?(hurt|harm|hurting|harming)\b.{0,40}\b(but|except) (myself|me)( is|'s)? (a different|another|a whole other) (story|matter|thing|question)\b",
    // A blade and blood, as emoji say it: "🔪🩸 again".
    r"(^|\| )(knife|razor|blade|blades)( blood)+( again| tonight| now| today| lol)?\s*(\||$)",
    // A cut made to feel better, in learners' English: "i make cut on my hand for feel better".
    r"\b(make|made|making|do|did|doing|give|gave|giving) (a )?cuts? (on|in|into) my (\w+) (for|to|for to) (feel|punish|calm|stop)\b",
    // Insulin left out on purpose: "skipping my insulin on purpose to lose weight".
    r"\b(skip|skipping|skipped|miss|missing|missed|stop|stopping|stopped|cut back on|cutting back on|not taking|restrict|restricting|under ?dos\w*)( [\w']+){0,2} (insulin|my doses)\b.{0,40}\b(on purpose|deliberately|to lose weight|lose weight|so i (lose|drop)|to punish|so i get ill|so i'm ill)\b",
    // A cut said bare after something hard: "worry time was bad so i cut afterwards".
    r"\b(so|and|then) i (cut|burnt|burned)( afterwards| after| after that| again| later| last night| tonight| today| this morning)?\s*(\||$)",
    // Blood given to voices: "the voices want blood so i give them some".
    r"\b(voices?|the voice)\b.{0,40}\b(want|wants|demand|demands|need|needs|asking for|ask for|crave|craves) (my )?blood\b( so| and| from me| out of me|\s*(\||$))",
    // A hand held to heat: "i hold my hand over the hob to stop the flashbacks".
    r"\b(hold|held|holding|put|putting|press|pressed|pressing|keep|kept)( [\w']+){0,2} (hand|hands|arm|arms|fingers?|palm|wrist|skin) (over|on|onto|against|in|into|under) (the|a|an) (hob|flame|candle|lighter|cooker|stove|iron|fire|boiling water|kettle|grill|hot tap)\b",
    // Cut, and it helped: "sort of, i cut after but it helped".
    r"\bi cut (after|afterwards|again|then|last night|tonight|today|yesterday)\b.{0,30}\b(it helped|it helps|that helped|helped|felt better|relief|calmed me)\b",
    // A night spent with the blade; sleeves worn to hide what was done.
    r"\b(bad|rough|hard|terrible|awful|long|another|difficult) (night|day|evening|week|time|weekend) with (the|my|a) (blade|blades|razor|razors|lighter|compass)\b",
    r"\b(long sleeves|long sleeved|sleeves down|jumpers?|hoodies?|plasters|bandages|bracelets|wristbands)\b.{0,40}\b(so (that )?(no one|nobody|noone|people|they|my (mum|dad|parents|friends|boss|wife|husband|partner|teachers?)) (sees?|can see|can't see|won't see|notices?|asks|finds out|knows)|to (hide|cover) (the|my) (cuts|scars|marks|burns|wrists|arms))\b",
    r"\bi deserve (pain|to (be hurt|hurt|suffer|feel pain|bleed|be punished))\b",
    r"\b(picked up|reached for|got out|went back to|back to)( [\w']+)? (a|the|my) razors?( again)?\s*(\||\?|$)",
    r"\b(relapse|relapsed|slipped up|slip up|slip|gave in)( [\w']+){0,3} (and )?(cut|cutting|self harmed|hurt myself|burned myself|burnt myself)\b",
    // The tools, and doing it on purpose.
    r"\b(used|using|went back to|back to|picked up|reached for|relapsed with|got out|hid|hiding|keep|kept)( [\w']+)? (a|the|my) (blade|blades|razor blades?|sharpener blades?)\b",
    r"\b(deliberately|on purpose|intentionally|purposely)( [\w']+){0,3} (scald|scalded|scalding|burn|burned|burnt|cut|scratched|hit|bruised|pulled|starved|bit|bashed|banged|punched)\b",
    r"\b(scald|scalded|scalding|pulled|pulling|tore|tearing|ripped|ripping)( [\w']+){0,6} (on purpose|deliberately|to punish myself|to feel something)\b",
    r"\b(cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|hit|hitting|punch|punching|scratch|scratching|bite|biting|bang|banging|banged|stab|stabbing|starve|starving|slash|slashing|slit|slitting) (my ?self|myself|my (arms?|legs?|wrists?|thighs?|skin|head|body|stomach|hands?))\b",
    r"\bself ?harm",
    r"\b(blades|razor blades|razors|sharpener blades)( [\w']+){0,3} (hidden|hid|stashed|under my (bed|mattress|pillow)|in my (drawer|room|bag|pencil case))\b|\b(hidden|stashed|hide|hiding|keep|kept)( [\w']+){0,3} (blades|razor blades)\b",
    // Hiding the marks.
    r"\b(hide|hides|hiding|hid|cover|covers|covering|covered) (up )?(the|my|all the|all my) (marks|scars|cuts|burns|fresh cuts)( up)? (on|from|with)\b",
    r"\b(long sleeves|sleeves|a jumper|jumpers|hoodies|a hoodie|plasters|bracelets)( [\w']+){0,4} (to|so) (hide|cover|nobody (sees|can see|notices|knows)|no one (sees|can see|notices|knows))( what i do to| what i've done to| the marks on)? (my |the )?(arms|wrists|legs|thighs|marks|scars|cuts)\b",
    r"\bself ?injur",
    r"\binjur(e|ed|es|ing) myself\b",
    r"\b(scratch|scratched|scratching|pick|picked|picking)( at)? (my )?(skin )?(until|till|til) (i|it) bleed",
    r"\bmake (myself|me) bleed\b",
    // A promise not to, in doubt: "i promised my mum i wouldn't hurt myself but i'm not
    // sure i can keep that promise".
    r"\b(promised|promise)( [\w']+){0,3} (i wouldn't|i won't|i would not|i will not|not to) (hurt|harm|cut|burn) myself\b.{0,40}\b(not sure|don't know if|do not know if|don't think|can't|cannot|might not|may not|struggling to|finding it hard to) (i can |i'll |i will )?(keep|stick to|hold to) (it|that|the promise|my promise|that promise|to it)\b",
    // Nails dug in to draw blood ("dig my nails into my palm" is also a grounding trick).
    r"\b(dig|digs|digging|dug) my (nails|fingernails)( [\w']+){0,4} (until|till|til) (i|it|they|my \w+) (bleed|bleeds|bled)\b",
    r"\bi (bit|hit|punched|scratched|pinched|slapped|banged|squeezed|dug my nails into|gripped)( [\w']+){0,2} my (arms?|legs?|wrists?|hands?|thighs?|skin|head|face|fingers?|stomach)( [\w']+){0,3} (so hard|until|till|til) (it|that it|they|i) (bled|bleed|bruised|broke the skin|left (a )?marks?)\b",
    // Holding a part of oneself to heat, cold or a blade until it harms: "held my hand
    // under the hot tap until it blistered".
    r"\b(held|hold|holding|holds|kept|keep|keeping|put|putting|pressed|pressing) my (hands?|arms?|fingers?|wrists?|legs?|skin|palms?|feet|foot)\b( [\w']+){0,6} (until|till|til) (it|they|i|my skin) (blistered|blisters|blister|burned|burnt|burns|bled|bleeds|bleed|scalded|went numb|went red raw|couldn't (bear|stand|take) it)\b",
    // Food withheld as a punishment.
    r"\b(don't|do not|dont|didn't|did not) deserve (to eat|food|meals?|to be fed|dinner|lunch|breakfast)\b",
    r"\b(haven't|have not|not|didn't|did not|refuse to|refusing to|refused to|stopped|won't|will not) (eaten|eat|eating)( [\w']+){0,5} (on purpose|deliberately|to punish myself)\b",
    r"\b(razor|blade|blades|razors|knife) (on|to|across|into) my (arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|chest|body|face|neck|hands?|ankles?|feet|tummy|side|ribs)\b|\b(razor|blade|blades|razors|knife) (on|to|across) (myself|my self)\b",
    r"\b(want|urge|urges|need) to (feel|see) (pain|blood)\b",
    r"\burges? to (cut|burn)\b",
    // Not "urges to hurt people", which is harm to others.
    r"\burges? to (hurt|harm)( myself| me)?( \||\?|$| (is|are|was|were|keeps?|kept|getting|again|tonight|today|so|really|and|but|when|right|bad|strong)\b)",
    r"\b(cutting|slicing|self harming|burning myself|hurting myself|cut|burned|burnt) again\b",
    // A denial taken back: "i don't cut as much as i used to but i did last night".
    r"\b(don't|do not|dont|haven't|have not|didn't|did not) (cut|burn|self harm|hurt myself|harm myself|sh)\b( [\w']+){0,6} (but|though|except) (i )?(did|have|still do|still did|slipped|relapsed)( it| up)?( again)?( (last night|yesterday|today|tonight|this week|this morning|recently|lately|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?\b",
    r"\b(punch|punched|punching|hit|hitting|kick|kicked)( [\w']+){0,2} (wall|door|mirror)( [\w']+){0,5} (until|till|on purpose|to hurt|bled|bleed|bleeding)\b",
    r"\b(used to|urge to|urges to|started to|start to) cut( myself)?( \||$| and| but| again)",
    r"\b(been|keep|kept|started|start|i'm|back to) (cutting|slicing)\b",
    r"\b(want|need|have|going) to cut( myself)?( \||$| tonight| again| later)",
    // Cutting said without its object ("i cut last night"), and a relapse after a time
    // clean.
    r"\bi (cut|burned|burnt)( again)? (last night|yesterday|today|tonight|this morning|this week|earlier)\b",
    r"\b(clean|free)( [\w']+){0,4} (but|and|then) (i )?(relapsed|slipped up|slipped|gave in|cut)\b",
    // A clean run ended: "relapsed again | 3 weeks clean ruined".
    r"\b(relapsed|relapse)\b( [\w']+){0,2}( \|)? (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (days?|weeks?|months?|years?) clean\b|\b(days?|weeks?|months?|years?) clean (gone|ruined|over|wasted|down the drain|broken|lost|undone)\b",
    r"\b(feel|felt|feeling) like (cutting|self harming|burning myself)( again| tonight| right now| so (bad|badly|much))?( \||$)",
    r"\b(hurt|hit|cut|burn|burnt|burned|banged|bang|punched|scratched|bit|bruised|slammed|slam|trapped|crushed|smashed|stabbed|kicked)\b( [\w']+){0,8} (on purpose|deliberately|to punish myself|to feel something)\b",
    r"\b(relapsed|relapse) (with|into) (cutting|self harm|harming)\b",
    r"\b(slap|slapped|slapping|slaps|pinch|pinched|pinching) (my ?self|myself|my (face|arms?|legs?))\b",
    r"\b(scratch\w*|pick\w*|tear\w*|rip\w*) (at )?(my )?(skin|arms?|legs?|face) (raw|bloody|open|till|until|to bleed)\b",
    r"\b(claw|claws|clawing|clawed|gouge|gouges|gouging|gouged) (at )?my (face|skin|arms?|legs?|chest|neck|wrists?|thighs?|stomach|cheeks?)\b",
    r"\bwant to cut( myself)? (so (bad|badly|much)|really (bad|badly)|right now|tonight)\b",
    // Cutting said with no object: "if i fail again i'll cut".
    r"\b(i'll|i will|i'm going to|i'm gonna|i am going to|i want to|i wanna|i need to|i have to|i'll have to) cut( again| myself\s*(\||$)|\s*\| (i always do|like (last time|before|always)|i know i will|i always have))",
    r"\bpunish(ed|ing|es)? (myself|my body)\b|\bpunish(ing)? me\b",
    r"\bcarv(e|ed|ing) (into )?my (arms?|legs?|skin|wrists?|thighs?|stomach)\b",
    r"\b(fresh|new|deep|more) (cuts|burns|scratches|wounds) (on|in|across) my\b",
    r"\bcutting( is| was|'s) the only thing\b",
    // The tool or the act as what helped: "what helped today: the blade", "the relief after
    // i cut".
    r"\b(helped|helps|helping|got me through|calmed me( down)?|what works|comfort)\b.{0,20}\b(the |my )?(blade|blades|razor blade|razor blades)\b",
    r"\b(relief|release|calm|better|buzz|rush)( [\w']+){0,3} (after|when|once) (i )?(cut|cutting|burned|burning|burnt|hurt myself|hurting myself|sh'd|self harmed|self harming|harmed myself)( myself| my (arms?|legs?|wrists?|thighs?|skin|stomach))?\s*(\||$)",
    // Harm named as the way of coping: "coping strategy this week was cutting".
    r"\b(coping|cope|coped|strategy|strategies|way of coping|coping mechanism|what helped|what helps|what got me through)( [\w']+){0,4}( was| is| has been|'s| were| are) (cutting|self harm|self harming|sh|hurting myself|burning myself|harming myself|scratching myself|hitting myself|starving myself)\b",
    // A body part harmed with a tool ("burned my arm with the straighteners"); a mishap says
    // so and is blanked as an idiom.
    r"\b(burned|burnt|burn|burning|cut|cutting|scratched|scratching|sliced|slicing) my (arms?|wrists?|legs?|thighs?|skin|stomach|hips?|chest) with (a|the|my|some) (straighteners|lighter|iron|razor|blade|razor blade|knife|scissors|compass|cigarette|hot \w+|glass|pin|needle|sharpener|lighter)\b",
    r"\b(reopen|reopens|reopening|reopened|re open|re opening|tearing open|tore open|ripping open|ripped open|opening up|opened up) (the |my |old )?(wounds|cuts|stitches|scars|burns)\b",
    // Injuries kept from healing: "pressing on the bruises i made so they don't fade".
    r"\b(bruises|cuts|wounds|burns|scabs|scars)( [\w']+){0,3} (so|to make sure|to stop) (they|them) (don't|do not|won't|never|can't) (fade|heal|close|go away)\b",
    r"\b(bruises|cuts|wounds|burns) i (made|gave myself|did to myself|caused)\b",
    // "sh" as people who self-harm write it: "sh again", "urge to sh", "did sh".
    r"\b(sh again|sh'd|sh ing|relapsed?( with| into| on)? sh|(urge|urges|want|wanted|need|needed|going|tempted) to sh|(did|done|been doing|doing) sh|sh (urges?|scars?|last night|today|tonight|yesterday|this morning))\b",
    // Pulling hair out until it leaves bald patches (trichotillomania).
    r"\b(pull|pulls|pulling|pulled)( out)? my (hair|eyelashes|eyebrows|lashes)( out)?\b.*\b(bald|gaps|patches|bleed|bleeding|bled|literally)\b",
    // Fresh marks again, and arms in a mess from last night.
    r"\b(fresh|new|more) (cuts|burns|scratches|wounds|marks)( on (my|me))?( again| from (last night|tonight|today|yesterday))\b",
    r"\bmy (arms?|wrists?|thighs?)( is| are|'s|'re| r) (a mess|in a state|cut to (bits|pieces|shreds)|covered in (cuts|marks|scars))( from (last night|tonight|yesterday|the weekend))?\b",
    // Punished with a belt: "i punish myself when i get things wrong | with my dad's old belt".
    r"\b(punish|punishes|punishing|punished) myself( [\w'|]+){0,8} (with|using) (a|the|my|his|her|dad's|mum's) (\w+ ){0,2}(belt|blade|razor|lighter|knife|compass|scissors|cane|stick|hairbrush|cigarette|cigarettes|iron)\b",
    // Skin picked until it bleeds.
    r"\b(pick|picking|picked|scratch|scratching|scratched|dig|digging|claw|clawing)( at)? (my )?(skin|arms?|legs?|face|scabs?)( [\w']+){0,3}( until| till| til|'til| so) (it|they|i) (bleeds?|bled|bleed)\b",
    // Cut, if not deep.
    r"\b(didn't|did not|not) cut (deep|too deep|that deep|very deep|as deep)\b",
    // An urge acted on, with the means: "did you act on it ? yes | with a razor".
    r"\b(act|acted) on (it|the urge|them)\b.{0,20}\byes\b.{0,30}\b(razor|blade|lighter|knife|compass|scissors|cut|cutting|burn|burning)\b",
    // Not eating as deserved; laxatives by the packet.
    r"\b(not eaten|haven't eaten|not eating|stopped eating|not eat)\b.{0,40}\b(don't|do not) deserve (to|it|food)\b",
    r"\blaxatives\b.{0,30}\b(by the packet|packets|loads|handfuls|to feel empty|to punish|to get rid of (it|the food|everything))\b",
];

const HARM_OTHERS_VERB: &str = r"(kill|killing|hurt|hurting|harm|harming|stab|stabbing|glass|glassing|knife|knifing|shank|shanking|lamp|lamping|deck|decking|bottle|bottling|strangle|strangling|shoot|shooting|attack|attacking|batter|battering|punch|punching|hit|hitting|smash|smashing|beat up|beat|beating|poison|poisoning|murder|murdering|smother|smothering|drown|drowning|ram|ramming)";
const HARM_OTHERS_TARGET: &str = r"(him|her|them|someone|somebody|anyone|people|everyone|whoever|other people|the (people|lads?|kids?|boys?|girls?|men|ones?|guys?|man|woman|bloke) (who|that|next door)|(this|that) (man|woman|guy|lad|bloke|kid)|the (bully|bullies)|the (next|first|last) (person|one|guy|girl|man|woman|lad|kid|idiot)|the baby|the (kids|children|child)|(that|the) (man|woman|guy|bloke|person)|my ((little|big|younger|older|baby|twin|new|own|best|eldest|youngest|oldest) )?(husband|wife|partner|boss|mum|mother|mom|dad|father|son|daughter|kids?|children|child|baby|babies|brother|sister|neighbou?r|colleagues?|manager|ex|boyfriend|girlfriend|flatmate|housemate|landlord|family|parents|friend|teacher|students?|dog|cat|step ?dad|step ?mum|step ?father|step ?mother|step ?brother|step ?sister|uncle|aunt|auntie|cousin|nan|gran|grandad|grandma|grandpa|in laws|father in law|mother in law|coworkers?|classmates?))";

fn harm_others_patterns() -> Vec<String> {
    let intent = r"(i|i'll|i'd|i'm|i am|ima|want to|wanted to|wanna|going to|urge to|urges to|feel like|thoughts? (of|about)|thinking (of|about)|could|might|will|scared i|afraid i|worried i|plan to|planning to|tempted to)";
    vec![
        // A knife brought in or put in someone; a weapon waiting; a death made to look like
        // an accident; a dose given to another (thirty-first session).
        r"\b(bring|bringing|take|taking) (a|my|my dad's|dad's|dads) knife in( tomorrow| on monday| to work| to school)?\b|\b(put|stick) a (knife|blade) in (him|her|them)\b|\bwaiting for (him|her|them) with a (hammer|knife|bat|baseball bat|machete|crowbar)\b|\bmake (someone's|his|her|their|my \w+'s) death look like an accident\b|\bgave (my \w+|mum|dad|him|her) (double|extra) (his|her|their) (insulin|tablets|meds|medication)\b".to_string(),
        // Things thrown at one's own; losing it and hurting: "i lose it and throw things at my
        // wife", "i'm scared i'm going to lose it and hurt my little boy".
        r"\b(lose it|lost it|angry|temper|rage|snap|snapped)\b.{0,30}\bthrow(s|ing)? (things|stuff|plates|cups|mugs) at (my )?(wife|husband|partner|girlfriend|boyfriend|kids|son|daughter|mum|dad)\b|\bthrow(s|ing)? (things|stuff|plates|cups|mugs) at (my )?(wife|husband|partner|girlfriend|boyfriend|kids|son|daughter|mum|dad) (when i'm angry|when i lose it|in a rage|in a temper)\b|\b(scared|afraid|worried|terrified) i('m| am)?( going to| gonna| might| will|'ll) lose it and (hurt|hit|shake) (him|her|them|my \w+( \w+)?)\b".to_string(),
        // A child dropped from a height, pictured: "since the baby came i keep picturing
        // dropping her off the balcony".
        r"\b(picturing|imagining|thinking about|thoughts of|urge to|urges to|want to|scared i'll|afraid i'll|worried i'll)( [\w']+){0,2} (dropping|drop|throwing|throw) (her|him|the baby|my baby|my son|my daughter|my little one|them) (off|from|over|out of) (the )?(balcony|bridge|stairs|window|cliff|banister|landing)\b".to_string(),
        // Plain sayings the backstop alone had caught (thirty-first session): "i want to see
        // him bleed", "if he touches my sister again i'll end him".
        r"\b(want|wanna|going|gonna) to (see|make) (him|her|them|my \w+|that \w+) (bleed|suffer)\b|\b(i'll|i will|gonna|going to|i'm going to|i swear i'll) end (him|her)\b".to_string(),
        // A knife fetched to sort someone out: "i'm going to get a knife and sort him out",
        // "i'm taking a knife into school tomorrow".
        r"\b(get|bring|take|grab|use|taking|bringing) (a|my|the|my dad's|dad's|his) (knife|blade|bat|hammer|machete)\b.{0,40}\b(sort (him|her|them) out|get (him|her|them) back|they'll see|on (him|her|them))\b|\b(taking|bringing|bring|take|carry|carrying) (a|my|my dad's|dad's|the) (knife|blade) (into|in to|to) school\b".to_string(),
        // A weapon readied for someone: "sharpening a knife for when he comes back", "a
        // baseball bat in the car for when i see him".
        r"\b(sharpening|sharpened|carrying|carry|got|have|keep|keeping|started carrying) (a|my|the) (hammer|knife|blade|bat|baseball bat|machete|crowbar|axe)\b( [\w']+){0,5}.{0,20}\b(for when (he|she|they) (comes|come|gets|get|turns|turn)|for when i see (him|her|them)|in case i (see|bump into|run into|meet) (him|her|them)|in case i (need|have) to use it)\b".to_string(),
        // Pushing into danger: "sometimes i want to shove people into the road", "i've
        // thought about pushing her down the stairs".
        r"\b(want to|wanna|urge to|urges to|going to|gonna|thought about|thinking about|think about|imagining|imagined|imagine|picturing|fantasising about|tempted to|feel like|i'll|i will|i pushed|i shoved)( [\w']+){0,2} (push|pushing|pushed|shove|shoving|shoved) (someone|people|him|her|them|my \w+|a stranger|strangers|the baby)( [\w']+){0,2} (onto|on to|in front of|into|down) (the )?(tracks|road|traffic|stairs|train|bus)\b".to_string(),
        // Poison in someone's food: "i've thought about poisoning my husbands food".
        r"\b(poison|poisoning|poisoned) (my \w+|his|her|their) (food|drink|tea|dinner|coffee|meal|pint)\b".to_string(),
        // Urges towards a baby: "i feel like shaking the baby when she won't stop crying".
        r"\b(feel like|want to|urge to|urges to|tempted to|thought about|thinking about|keep thinking about) (shaking|shake|throwing|throw|smothering|smother) (the|my) baby\b".to_string(),
        // Harm done to a child: "i slapped my toddler across the face and left a mark".
        r"\bi (slapped|hit|smacked|punched|kicked|grabbed|choked|shook|throttled) (my|the) (toddler|baby|little boy|little girl|son|daughter|kid|child|boy|girl|little one)( [\w']+){0,3} (across the face|by the (neck|throat|hair)|so hard|and left (a mark|marks|a bruise|bruises))\b".to_string(),
        // Snapping, with someone hurt: "one day i'm going to snap and someone's going to get hurt".
        r"\b(going to|gonna) snap and (someone|somebody|he|she|they)('s| is| are| will|'ll)? ((going to|gonna) )?(get hurt|won't walk away|not walk away)\b".to_string(),
        // Hands round a neck: "i could quite easily put my hands round her neck and squeeze".
        r"\b(put|wrap|get|getting|putting) my hands (round|around) (his|her|their|my \w+'s) (neck|throat)\b".to_string(),
        // A house burned with someone in it.
        r"\bburn(ing)? (his|her|their) (house|flat|place) down with (him|her|them) in( it)?\b".to_string(),
        // Poison beside another's food: "i've bought rat poison and i keep looking at his
        // dinner".
        r"\b(poison|rat poison|antifreeze|weedkiller)\b.{0,40}\b(in|into|looking at|look at|stare at|staring at|near|over) (his|her|their|my \w+'s) (dinner|tea|food|drink|coffee|cup|meal|pint|glass)\b".to_string(),
        // A child's head held under water: "i've been holding the baby's head under the bath
        // water a bit too long".
        r"\b(hold|holding|held|push|pushing|pushed|keep|keeping|kept)( [\w']+){0,2} (the baby's|my baby's|the baby|my baby|my son's|my daughter's|the child's|my child's|the kids'|her|his) (head|face|little head|mouth and nose) (under|in) (the )?(bath )?(water|bath)\b".to_string(),
        // A child held hard on purpose: "i grip the baby too hard on purpose".
        r"\b(grip|gripped|squeeze|squeezed|shake|shook|pinch|pinched|hold|held)( [\w']+){0,2} (the baby|my baby|my son|my daughter|the kids?|my kids?|my child|the child)( [\w']+){0,2} (too hard|hard)\b.{0,20}\b(on purpose|deliberately|to hurt)\b".to_string(),
        // Poison bought for a neighbour's pet: "i've bought poison for it".
        r"\b(bought|got|buying|getting)( some)? (poison|rat poison|antifreeze|slug pellets) (for|to give) (it|the dog|the cat|his dog|her dog|their dog|the \w+'s (dog|cat)|next door's (dog|cat))\b".to_string(),
        // Bones broken: "i swear i'll break his jaw" (not a heart).
        format!(r"\b{intent}( [\w']+){{0,3}} (break|breaking|smash|smashing|bust|busting|cave in|caving in|kick in|kicking in|knock out|knocking out) (his|her|their|your|that \w+'s|my \w+'s|someone's|someones|somebody's) (jaw|nose|face|legs|neck|skull|teeth|ribs|arms?|head)( in)?\b"),
        // The life beaten out of someone: "i'll beat the life out of him" (not beeped: an
        // idiom).
        format!(r"\b{intent}( [\w']+){{0,3}} (beat|kick|knock|punch|batter|choke|throttle|strangle) the (life|hell|living daylights|shit|crap) out of {HARM_OTHERS_TARGET}\b"),
        // Plain sayings the backstop alone had caught (session 25).
        r"\b(images|thoughts|pictures|visions) of (drowning|hurting|stabbing|smothering|shaking|suffocating|strangling) (my|the) (baby|babies|son|daughter|kids|child|children|newborn)\b".to_string(),
        r"\b(fantasise|fantasising|fantasize|fantasizing|fantasised|daydream|daydreaming) about (hurting|killing|stabbing|shooting|beating|attacking|punching|strangling) (him|her|them|the people|people|my \w+|those \w+|the \w+)\b".to_string(),
        r"\b(make|making) (him|her|them|that \w+|the \w+|my \w+) (regret it|pay)\b.{0,20}\b(got|have) a plan\b".to_string(),
        r"\b(want to|going to|gonna|i'll|will|wanna|tempted to|urge to) (run|ram|knock|force|drive) (him|her|them|that \w+|the \w+|those \w+|this \w+) off the road\b".to_string(),
        r"\bsomeone('s| is) going to get hurt( [\w']+){0,3} (it'll|it will) be (him|her|them)\b".to_string(),
        r"\bif (he|she|they|my \w+) (turns up|comes round|comes near|shows up|comes back)\b.{0,50}\b(i'll|i will|i'm going to|gonna) (use it|hurt|kill|stab|batter|hit)( him| her| them| on (him|her|them))?\s*(\||$)".to_string(),
        r"\b(scared|afraid|worried|terrified) i('m| am)?( going to| gonna| might| will|'ll) (shake|hurt|hit|smother) (her|him|the baby|my baby|them)\b".to_string(),
        format!(r"\b{intent}( [\w']+){{0,3}} {HARM_OTHERS_VERB} {HARM_OTHERS_TARGET}\b"),
        // A weapon to hand, and using it on someone thought of: "picked up the kitchen knife
        // and thought about using it on him".
        format!(r"\b(thought|thinking|think) (about|of) using (it|the knife|a knife|the hammer|the bat) on {HARM_OTHERS_TARGET}\s*(\||$)"),
        format!(r"\bwant (him|her|them|my \w+) (dead|gone|to die|to suffer|to bleed)\b"),
        // A way out of someone worked out: "i've worked out exactly how i'd get rid of her".
        format!(r"\b(worked out|figured out|planned|planning|plotting|know|thought about|thinking about)( exactly)? (how|a way|ways) (i'd|i would|i could|i'll|to) (get rid of|do away with|dispose of|finish off|do in) {HARM_OTHERS_TARGET}\b"),
        // Prison as the price: "i'll end up doing time for him".
        format!(r"\b(i'll|i will|i'm going to|i'm gonna|going to|i'd|i would|happy to|ready to) (end up )?(do|doing|serve|serving) (time|a stretch|life|bird) (for|over) {HARM_OTHERS_TARGET}\b"),
        r"\b(proper|properly) do (him|her|them)\b|\bdo (him|her|them) (in|proper|properly|over)\b".to_string(),
        // Done to one's own: "i threw my son against the wall".
        format!(r"\bi (threw|slammed|shoved|flung|pushed|kicked|dragged|hurled) {HARM_OTHERS_TARGET} (against|across|down|into the (wall|door|floor|table))\b"),
        // Harm dwelt on as a fantasy: "imagining running him over in the car park".
        format!(r"\b(imagining|imagine|imagined|fantasising|fantasizing|fantasise|fantasize|fantasies (of|about)|picturing|picture|daydreaming (of|about)|daydream (of|about)|dreaming (of|about))( about)? ({HARM_OTHERS_VERB} {HARM_OTHERS_TARGET}|(running|run|knocking|knock|kicking|kick) {HARM_OTHERS_TARGET} (over|down|in))\b"),
        // Poison meant for someone: "i'm going to poison it and him".
        r"\b(going to|gonna|will|i'll|want to|i'd|i could|tempted to) poison (him|her|them|it and (him|her|them)|the lot of them|my (husband|wife|partner|neighbour|boss|dad|mum|brother|sister|ex))\b".to_string(),
        // Arson threatened: "i'll torch his van | i mean it".
        r"\b(i'll|i will|i'm going to|i am going to|gonna|going to|i swear i'll|i want to|i'm gonna) (torch|burn down|set fire to|petrol bomb|firebomb|fire bomb) (his|her|their|the|that) (van|car|house|flat|shop|place|garage|caravan|shed|motor)\b".to_string(),
        // A voice commanding harm: "the voice says i have to hurt the dog".
        format!(r"\b(voice|voices|my (brain|head|mind)|a voice|something in my head)( [\w']+){{0,2}} (says|say|said|tells me|tell me|told me|telling me|keeps telling me|keep telling me|keeps saying|keep saying|saying|orders me|ordered me|commands me|whispers)( that)? (i have to|i need to|i must|i should|i've got to|i gotta|to) {HARM_OTHERS_VERB} ({HARM_OTHERS_TARGET}|the (dog|cat|dogs|cats|pets?)|my (dog|cat|pets?))\b"),
        // Harm first, as defence: "i'm going to get them before they get me".
        r"\b(going to|gonna|i'll|i will|have to|need to|got to) ((get|hurt|kill|attack|do) (them|him|her) before (they|he|she) (get|gets|do|does|hurt|hurts|kill|kills) (me|us)|(hurt|kill|attack|stab) (them|him|her) first)\b".to_string(),
        // A list of those who will pay: "a list of people who'll pay for what they did".
        r"\b(a|my|the) list of (people|names|everyone|those|who)\b.{0,40}\b(pay|suffer|regret|get what's coming|get what they deserve|be sorry|hurt|get( them)?( at school| at work| first| back)?\s*(\||$))".to_string(),
        // A head put through something: "i'll put his head through the screen".
        r"\b(i'll|i will|i'm going to|i am going to|gonna|going to|i could|i want to|i'd|i would|i swear i'll) (put|smash|shove|push|bang|slam|stick) (his|her|their|my \w+'s|that \w+'s) (head|face) (through|into|against|off|in) (the|a) \w+".to_string(),
        // A weapon carried in case: "a hammer in my bag | just in case he starts".
        r"\b(brought|bring|bringing|carry|carrying|carried|took|take|taking|keep|keeping|kept|got|have) (a|my|the) (hammer|knife|blade|bat|baseball bat|machete|screwdriver|crowbar|axe|knuckle duster|cosh)\b( [\w']+){0,5}.{0,20}\b(just in case|in case (he|she|they|someone|anyone)|for protection|to protect myself|if (he|she|they|anyone|someone) (starts|tries|comes|kicks off|says))\b".to_string(),
        // A lesson taught by force: "teach him a lesson he won't forget | with my fists".
        r"\bteach (him|her|them|that \w+|the \w+( next door)?|my \w+) a lesson( (he|she|they)( will|'ll)?( won't| will never|'ll never| never) forget)?\b.{0,20}\b(fists|knife|bat|hammer|boot|boots|hospital|beat|beating|kick|kicking|punch|punching|smash|batter|hurt)\b".to_string(),
        // Following a partner to watch her: "following her home from work to see who she's
        // with".
        r"\b(i've been|i have been|i keep|i'm|i am|i was|been|i) (following|followed|follow|tracking|tracked|track|watching|stalking|stalked) (her|him|my (ex|wife|husband|girlfriend|boyfriend|partner|missus|fella))( home| to work| from work| everywhere| around| to the gym| when (she|he) goes out)\b".to_string(),
        r"\b(make|making) (him|her|them) (pay|suffer)\b|\bmake (my|that) \w+ (suffer|pay for (what|it|this|that|everything|hurting|the way))\b".to_string(),
        r"\b(thinking|think|thought|imagining|imagine|imagined|fantasising|fantasizing|dreaming) about what (i'd|i would|i could|i'll|i will|i'm going to) do to (him|her|them|my \w+)\b".to_string(),
        r"\b(scared|afraid|frightened|worried|terrified) (of )?what (i (might|could|will|would)|i'll|i'd|i'm going to|i am going to|i may) do to (her|him|them|the (baby|kids|children|child)|my \w+|someone|somebody|people)\b".to_string(),
        r"\b(smash|punch|kick) (his|her|their) (face|head|teeth) in\b".to_string(),
        r"\b(urge|urges|want|wanted|feel like|thoughts? of|thinking of|scared i'll|afraid i'll|worried i'll|worried i might|scared i might) (to )?(shake|smother|hit|hurt) (the|my) (baby|babies|child|children|kids?|son|daughter|toddler)\b".to_string(),
        // Not "a knife crime talk" or "a knife set".
        r"\b(bought|got|have|carrying|carry) a (knife|gun|weapon)(\s*(\||$)| (on|in|with|under|for|to|and|because|cos|at|now|today|tonight|just|in my|so|if|when|that))".to_string(),
        // An animal poisoned: "i've bought some poison to shut it up".
        r"\b(bought|got|getting|buy|put|putting|put down|putting down|using)( some)? (poison|rat poison|antifreeze|slug pellets|weed killer)\b.{0,40}\b(shut (it|him|her|them) up|(his|her|their|next door's|my neighbour's|the neighbour's) (dog|cat|dogs|cats)|kill (it|the (dog|cat)))\b".to_string(),
        // A child shaken, said after the fact: "i've shaken him once already", "i shook the
        // baby when she wouldn't stop"; not a hand shaken or someone shaken awake.
        r"\bi('ve| have)? (shaken|shook) (him|her|them|the baby|my baby|my ((little|baby|new) )?(son|daughter|boy|girl|toddler|little one|baby|kids?|child|children))(( once| twice| before| already| a few times| again| hard| harder| too hard| so hard| really hard| yesterday| last night| this morning| today)+\b| (when|because|till|until|as|cause|cos|coz|to make)\b|\s*(\||$))".to_string(),
        format!(r"\bwhat (i'd|i would|i'll|i will|i'm going to|i could) (do|like to do|love to do) to {HARM_OTHERS_TARGET}\b"),
        r"\bwring(ing)? (his|her|their|my \w+'s|\w+'s) (neck|necks)\b".to_string(),
        r"\b(put|putting|puts|slip|slipping|spike|spiking)( [\w']+){0,2} (something|stuff|pills|tablets|poison|bleach|rat poison|antifreeze) in (his|her|their|my \w+'s|the \w+'s) (tea|drink|food|coffee|dinner|meal|water|wine|beer|cup)\b".to_string(),
        r"\b(urge|urges|want|wanted|feel like|tempted|thoughts? of|thinking of|scared i'll|afraid i'll|worried i'll|worried i might|scared i might) (to )?(shake|shaking) (her|him|them|my (wife|husband|mum|mom|dad|mother|father|nan|gran|grandad|partner))\b".to_string(),
        r"\b(held|hold|holding|put|putting|pressed|pressing|press) (a|the|my) pillow (over|on) (her|his|their|the baby's|my \w+'s) (face|head|mouth)\b".to_string(),
        r"\b(outside|at|to|round|by) (his|her|their|my \w+'s|the \w+'s|next door's) (door|front door|house|flat|place|work|car|gate)( [\w']+){0,3} with (a|the|my) (hammer|knife|bat|baseball bat|crowbar|machete|gun|weapon|axe)\b".to_string(),
        format!(r"\b(run|running|ran|drive into|driving into|drove into) {HARM_OTHERS_TARGET} (over|down)?\s*(on purpose|deliberately)"),
        format!(r"\b(thinking about|thoughts of|thought about|thought of|think about|want to|wanna|going to) (run|running|running over|run over) {HARM_OTHERS_TARGET}( over| down)?\b"),
        // A pillow held and thought about: "last night i held the pillow and thought about it".
        r"\b(held|holding|hold|picked up|had|got) (the|a) pillow\b.{0,40}\b(thought about it|thought about doing it|nearly did it|nearly|over (his|her|their) face)\b".to_string(),
        // Someone's medicine given all at once: "giving her all her pills at once".
        r"\b(thought about|thinking about|think about|thoughts of|want to|wanted to|tempted to|could|urge to|going to) (give|giving|crush|crushing) (him|her|them|my \w+|mum|dad)( all)? (his|her|their) (pills|tablets|meds|medication|morphine|insulin|oramorph)( all)? at once\b".to_string(),
        // A threat made in earnest: "if he laughs at me again at school he's dead, i mean it".
        r"\bif (he|she|they|that \w+|my \w+)\b.{0,50}\b(he's|she's|they're|he is|she is|they are) (dead|getting it|going to get it|finished)\b.{0,20}\b(i mean it|i meant it|i'm serious|i am serious|i'm not joking|not joking|no joke|i swear)\b".to_string(),
        // A crowd driven into: "i think about driving into the crowd outside the pub".
        r"\b(think|thinking|thought|thoughts|imagine|imagining|want|wanted|urge|urges|tempted|feel like|going to|could)( about| to| of)? (drive|driving|plough|ploughing|mow|mowing|swerve|swerving|steer|steering)( the car| my car| the van| my van| a car| a van| the lorry)? (into|through) (the |a )?(crowd|crowds|queue|people|pedestrians|group|bus stop|playground|kids)\b|\b(plough|ploughing|mow|mowing) (down |into |through )(the |a )?(crowd|crowds|people|pedestrians|them|everyone)\b".to_string(),
        r"\b(revenge|get back at) (on )?(him|her|them|my \w+)\b".to_string(),
        // Paying back, with the harm named: "get them back for what they did | they'll be in
        // hospital".
        r"\b(get|getting|pay) (him|her|them|my \w+) back for\b.{0,60}\b(hospital|intensive care|a&e|wheelchair|in the ground|regret (it|this|that)|suffer|pay)\b".to_string(),
        format!(r"\b(i'll|i will|i'm going to|i am going to|going to|gonna|i could|i want to|i'd|i would|i swear i'll) (put|throw|chuck|smash|push|kick|knock|launch) {HARM_OTHERS_TARGET} (through|out of|down|off) (the|a) (window|wall|door|stairs|glass|balcony|table)\b"),
        r"\b(going|go|went|heading|head|gonna go|turning up|turn up|show up|showing up|driving|drive) (round |over |back |up )?(there|to (his|hers|theirs|my \w+'s)( (house|place|flat|work|school))?)( [\w']+){0,3} with (a|the|my) (knife|blade|bat|baseball bat|hammer|gun|machete|crowbar|axe)\b".to_string(),
        r"\b(going|go|went|heading|gonna go|turning up|turn up|show up|showing up) (round|over)( [\w']+){0,3} with (a|the|my) (knife|blade|bat|baseball bat|hammer|gun|machete|crowbar|axe|weapon)\b".to_string(),
        r"\b(taking|take|took|bringing|bring|carrying) (a|my|the) (knife|blade|hammer|gun|machete|axe) (round|over|to) (there|his|hers|theirs|school|college|work)\b".to_string(),
        // A weapon taken round, where being said before: "i know where he lives and i'm
        // taking a knife round".
        r"\b(taking|take|took|bringing|bring|carrying) (a|my|the) (knife|blade|hammer|gun|machete|axe|bat|baseball bat|crowbar) (round|over)\s*(\||$)".to_string(),
        // A denial taken back: "i don't want to hurt him but i think i will".
        format!(r"\b(don't|do not|dont) want to {HARM_OTHERS_VERB} {HARM_OTHERS_TARGET}( [\w']+){{0,3}} (but|though) (i think |i feel like |i'm scared |i'm afraid |i worry )?(i will|i'll|i might|i could|i'm going to|i am going to)( do it| act on it| snap| lose it)?\s*(\||$)"),
        r"\b(set fire to|setting fire to|burn|burn down|burning down|torch|torching) (his|her|their|my \w+'s|the \w+'s|[\w]+'s) (house|flat|home|car|place|shop)\b".to_string(),
        r"\b(set|setting) (his|her|their|my \w+'s|the \w+'s|[\w]+'s) (house|flat|home|car|place|shop|van) (on fire|alight|ablaze)\b".to_string(),
        format!(r"\b(i|i've|i'd)( [\w']+){{0,5}} (strangled|stabbed|choked|battered|throttled|beat up|attacked|punched|hit|kicked|threatened|went for|pulled a knife on|smacked|slapped) {HARM_OTHERS_TARGET}\b"),
        // Pushed so that they fell: "yesterday i pushed her and she fell".
        format!(r"\b(i|i've|i'd)( [\w']+){{0,3}} (pushed|shoved) {HARM_OTHERS_TARGET} (over|down the stairs|down|into (the|a) (wall|door|table|fridge|radiator)|against (the|a) wall|and (she|he|they) (fell|hit|banged|went flying))\b"),
        // Grabbed by the throat or hair, not by the hand.
        format!(r"\b(i|i've|i'd)( [\w']+){{0,3}} (grabbed|grab|grabbing) {HARM_OTHERS_TARGET} (by the (throat|neck|hair|arm|arms|collar|face|shoulders|wrist|wrists|ear|ears)|and (threw|pushed|shoved|hit|slapped|shook|punched|dragged|choked))\b"),
        // Damage to someone's things, and then to them: "going to slash his tyres and then him".
        format!(r"\b{intent} (slash|slashing|smash|smashing|key|keying|trash|trashing|wreck|wrecking|torch|torching|burn|burning) (his|her|their|my \w+'s|the) [\w']+( [\w']+)? (and )?then {HARM_OTHERS_TARGET}( too| as well| next)?\s*(\||$)"),
        // "next time he speaks to me like that i'll put him in hospital".
        format!(r"\b(i'll|i will|i'm going to|i am going to|going to|i could|i want to|i'd|i would) put {HARM_OTHERS_TARGET} in (hospital|a&e|intensive care|a coma|the ground|an early grave|a wheelchair)\b"),
    ]
}

/// Acts of putting affairs in order. Each is everyday alone ("i've made a will now the
/// baby's here"); two different ones in a reply are a warning sign ("i've made a will and
/// written to my kids"). The acts of [`SETTLING`] are everyday even in pairs (money sorted,
/// a break from social media): they count only beside an act of [`AFFAIRS`].
const AFFAIRS: &[&str] = &[
    // A pet given up, children sent for good: "dropped the cat at the rescue", "i've taken the
    // kids to my mum's for good".
    r"(dropped|took|taken|given|gave|handed|signed) (the|my|our) (cat|dog|dogs|cats|rabbit|rabbits|hamster|budgie|pets?)( [\w']+){0,2} (at|to|over to) (the )?(rescue|shelter|rspca|dogs trust|cats protection|blue cross)(\s*(\||$)| for good| today| yesterday| this morning| and\b)|(taken|took|sent|moved|dropped) the (kids|children|boys|girls|baby) (to|at) [\w' ]{1,25} for good\b",
    // What is left, given: "lads can have the rest".
    r"(the )?(lads|kids|boys|girls|family|neighbours|\w+) can have (the rest|everything|the lot|all of it|all my \w+)\s*(\||$)",
    // All one's money moved to another: "i've moved all my money into my son's account".
    r"(moved|transferred|put|sent|emptied) all (of )?my (money|savings)( [\w']+){0,2} (into|to|over to) (my \w+'s|his|her|their|\w+'s)( bank)? account\b",
    // A treasure handed on: "gave my grandson my war medals today".
    r"(gave|given|giving|handed|passed)( [\w']+){0,3} my (war )?(medals|medal|watch|wedding ring|ring|guitar|record collection|tools|fishing rods?|golf clubs|camera|necklace|jewellery)( today| yesterday| this morning| on)?\s*(\||$| and\b)",
    // A note left where it will be found: "note's on the fridge".
    r"(the |my )?(note|letter|letters)('s| is| are) (on|in|under|by) (the|my) (fridge|table|kitchen table|side|bed|pillow|mantelpiece|desk)\s*(\||$)",
    // A form against resuscitation signed: "signed the dnr".
    r"(signed|sorted|filled in|done) (the|my|a) (dnr|do not resuscitate( form| order)?)\b",
    // Passwords sent: "emailed my boss my resignation and my sister my passwords".
    r"(emailed|sent|texted|given|gave|told)( [\w']+){0,8} my (passwords|pin numbers|pins|bank details)\s*(\||$| and\b)",
    // A uniform or a card handed in: "handed in my uniform and my warrant card today".
    r"(handed|handing|gave|given|returned|returning) (in|back)( all)? (my|the) (uniform|warrant card|id card|badge|pass|keys|kit|laptop|work phone|company car)( and (my|the) [\w' ]{1,20})?( today| this morning| yesterday)?\s*(\||$)",
    // One's things given to those one lives with: "gave my flatmates the rest of my food and
    // my bike".
    r"(gave|given|giving|left) (my \w+|them|her|him|the neighbours|next door) (the rest of |all |all of )?my (food|stuff|things|bike|clothes|plants|books|games|records|furniture|tools|shopping)( and my \w+)?\s*(\||$| and\b)",
    // One's own work destroyed: "deleted my dissertation".
    r"(deleted|wiped|binned|shredded|burnt|burned|destroyed)( all)? (my|all my) (dissertation|thesis|coursework|essays|novel|poems|poetry|songs|music|drawings|art|photos|files|notebooks|journals|diaries)\s*(\||$| and\b)",
    // Everyone hugged: "hugged everyone".
    r"(hugged|kissed|cuddled) (everyone|everybody|them all|all of them|the kids|the lads|the girls|my \w+)( goodbye| one last time| extra tight| tight| for ages)?\s*(\||$)",
    // One's name taken off: "took my name off the rota and the whatsapp group".
    r"(took|taken|taking|take) (my name|myself) off (the|all the|every) (rota|whatsapp group|whatsapp|group chat|groups|list|lists|register|mailing list|team sheet)( and (the|all the) [\w' ]{1,20})?\s*(\||$| and\b)",
    // A car handed back: "the car back to the lease company".
    r"(the |my )?(car|van|hire car|lease car|work car|company car)( is|'s| has gone| went| gone)? back (to|with) the (lease company|leasing company|dealer|dealership|garage|hire company|landlord|firm)\s*(\||$)",
    // The best, told: "told her she was the best".
    r"(told|telling) (her|him|them|my \w+) (she|he|they)( was| were| is| are|'s|'re) the best( [\w']+){0,3}\s*(\||$)",
    // Photos sorted for each child to keep: "sorting photos into albums for each of the kids
    // so they have them".
    r"(sorted|sorting|put|putting|made|making|printed|printing)( out)? (the |all the |my |our )?(photos|pictures|albums|memory boxes|memory books)( [\w']+){0,3} for (each of )?(the kids|the children|my (kids|children|boys|girls|son|daughter|family)|them)( [\w']+){0,2} so (they|she|he)( have| has|'ve got| can keep| keep|'ll have| will have) (them|it)\s*(\||$)",
    // An account closed: "phoned the bank and closed my account this morning".
    r"(closed|closing|shut|shutting) (down )?(my|all my) (bank |current |savings |joint )?(account|accounts)( this morning| today| this week| yesterday)?\s*(\||$| and\b)",
    // Left ready for the one who comes after: "left them folded for the next lad".
    r"(left|leaving|put) (them|it|my \w+|everything|all my \w+)( [\w']+){0,2} (folded|ready|clean|washed|ironed|packed|sorted|tidy) for the next (lad|one|person|guy|girl|bloke|lass|starter|driver|nurse|officer|tenant|owner)\s*(\||$)",
    // Another to have one's things: "he can have my account".
    r"(he|she|they|he's|she's|they're|you|my \w+)( can| can have| is having| gets| will get|'ll get| is getting|'s getting| are having|'re having| can keep)( have)? my (account|accounts|xbox|playstation|ps5|switch|car|bike|guitar|watch|ring|stuff|things|clothes|records|games|tools|season ticket|phone|laptop|room|flat)\s*(\||$)",
    // A login handed on: "gave my mate the login to my xbox".
    r"(gave|given|giving|sent|texted|told|written down for|wrote down for) (my \w+|him|her|them|the kids|our kid) (the |my |all my )?(login|log in|logins|password|passwords|pin|pins|details|codes)( for| to) (my )?(xbox|playstation|ps5|steam|account|accounts|phone|laptop|bank|banking|email|facebook|instagram|everything)\b",
    // Another's name put on one's money: "put the kids' names on my savings today".
    r"(put|added|adding|putting) (the kids|the children|my kids|the boys|the girls|my \w+'s|the \w+'s|her|his|their) names? (on|to) my (savings|account|bank account|isa|house|deeds|policy|premium bonds|pension)\b",
    // Paid ahead by months: "paid the window cleaner six months ahead".
    r"(paid|paying|pay)( [\w']+){1,4} (six|\d+|a few|several|two|three|four|twelve|a couple of) months (ahead|in advance|up front|upfront)\s*(\||$)",
    // One's money in another's account: "the money's in mum's account".
    r"(the |all the |all my )?(money|savings|cash)('s| is| has gone| went| has been put)( all)? (in|into|to) (mum's|dad's|my \w+'s|her|his|their|the kids') (account|bank|name)\s*(\||$)",
    // Keys left through the door, no verb said: "keys through the letterbox at work".
    r"(my |the |all my |all the )?(door |house |flat |office |work |car |spare |locker )?(keys?|fob|fobs|pass|badge)( are| is|'s|'re)?( back)? through the (letterbox|letter box|door)( at (work|the office|the flat|the landlord's|\w+'s))?\s*(\||$)",
    // Keys handed back: "keys through the letterbox at work", "posted my door key back to the
    // landlord".
    r"(posted|put|pushed|dropped|left|handed|gave|given|sent|returned)( in)? (my|the|all my|all the) (door |house |flat |office |work |car |spare |locker )?(keys?|fob|fobs|pass|badge|lanyard)( back)? (through|in|into|to|at) (the |my )?(letterbox|letter box|landlord|office|reception|work|door|front desk|hr|manager|boss)\b",
    // Messages for birthdays to come: "recorded a little video for each of the boys for their
    // birthdays".
    r"(recorded|made|filmed|written|wrote|writing|recording|making) (a |some )?(little |short )?(video|videos|message|messages|letter|letters|cards?|voice notes?)( for (each of )?(the|my) (boys|girls|kids|children|grandkids|\w+))? (for|to open on|to open at|to watch on) (all )?(their|his|her|each of their|every) (birthdays?|future birthdays|18th|21st|wedding|wedding day|weddings|graduation)\s*(\||$)",
    // What to do with everything, told: "told my brother where the spare key is and what to
    // do with everything".
    r"(told|shown|showed|explained to|written down for|wrote down for|left instructions for) (my \w+|him|her|them|the kids)( [\w']+){0,8} what to do with (everything|it all|all my (stuff|things)|my (stuff|things))\s*(\||$)",
    // Appointments given up, not wanted: "cancelled the dentist and the opticians for next
    // month | wont be going".
    r"(cancelled|cancelling|canceled) (the|my|all my|all the) (dentist|dentists|opticians?|doctor's|doctors|gp|hospital|hair|hairdresser|physio|appointments?|check ups?)( [\w']+){0,6}( \|)? (won't|will not) (be going|be needing (them|it)|need (them|it)|be there|be around)\s*(\||$)",
    // Borrowed things all returned: "returned all the library books".
    r"(returned|given back|gave back|took back|taken back|handed back) (all )?(the |my )?((library|uni|university|college|school|work) books|everything i (borrowed|had of (his|hers|theirs))|all the (things|stuff|bits) i borrowed|(his|her|their|\w+'s) (things|stuff|drill|ladder|tools|books|dvds|games|jumper|hoodie))\s*(\||$| and\b)",
    // A will made: "sorted the will at the solicitor's".
    r"(sorted|made|done|updated|written|wrote|signed|finalised|finished|redone|changed)( out)? (the|my|a) will( at the solicitor's| at the solicitors| with the solicitor| today| this week| now| at last| finally)?\s*(\||$| and\b)|(the|my) will('s| is| has been) (sorted|done|made|signed|updated|finished|finalised)\b",
    // A home given up: "written to the council to cancel my tenancy from friday".
    r"(cancel|cancelled|cancelling|end|ended|ending|give up|given up|gave up|hand back|handed back|given notice on|gave notice on) (my|the) (tenancy|lease)\b",
    // A pet's things handed over: "gave the neighbour the cat's food".
    r"(gave|given|giving|left|dropped off|took round|taken round) (the neighbours?|next door|my \w+|her|him|them) (the )?(cat's|dog's|cats'|dogs'|pet's|rabbit's|budgie's|hamster's) (food|bowl|bowls|bed|lead|things|stuff|toys|cage|litter)\b",
    // Everyone loved called: "i've called everyone i love this week".
    r"(called|rang|phoned|rung|visited|seen|saw|texted|messaged) (everyone|everybody|all the people|the people) i (love|care about|care for)( this week| today| tonight| lately| this weekend)?\s*(\||$)",
    // A last cuddle: "i gave the kids an extra long cuddle tonight".
    r"(gave|giving|give|given) (the kids|my kids|the children|my \w+|them|her|him) (an extra|one last|a last|a final|an extra long|a really long|a long) (cuddle|hug|kiss|squeeze)\b",
    // A pet collected by someone: "my brother is coming round tomorrow to collect the dog".
    // (It opens at "round": whoever comes, the arrangement is the speaker's.)
    r"(round|over|by|up|tomorrow|tonight|later|morning|\w+day) to (collect|take|pick up|have|fetch) (the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|hamster|horse|kitten|puppy)\s*(\||$)",
    // One's things to someone, seen to: "please make sure my mum gets my journal".
    r"(make sure|see that|ensure|promise) (my \w+|she|he|they|someone)( [\w']+)? (gets|get|has|have|keeps|keep) my (journal|diary|diaries|notebooks|letters|things|stuff|ring|watch|savings|phone|laptop|photos|guitar)\b",
    // A pet found a new home: "made sure the cat has a new home with a nice family".
    r"(made sure|sorted it so|sorted out that|arranged (it )?so) (the|my) (cat|cats|dog|dogs|pets?|rabbits?|budgie|hamster|horse)( has| have|'s got|'ve got| got) (a )?(new home|new homes|new owners?|a new family|somewhere to go)\b",
    // Another's debt paid off: "i've paid off my sister's loan".
    r"(paid off|cleared|settled|paid back) (my \w+'s|her|his|their) (loan|loans|debt|debts|credit card|overdraft|car|mortgage|bills)\b",
    // Forms sorted for the one left: "sorted the pension forms for the wife".
    r"(sorted|filled in|filled out|done|signed|finished)( out)? (the|my) (pension|insurance|life insurance|probate|funeral plan|death in service|benefits?) (forms|papers|paperwork|policy|claim)( out)? for (the wife|the missus|my \w+|her|him|them|the kids)\s*(\||$| and\b)",
    // Papers gathered for someone: "put the deeds and the insurance in a folder marked for my
    // daughter".
    r"(put|left|gathered|collected|got|kept) (all )?(the|my) (deeds|will|insurance|policies|papers|paperwork|documents|passwords|bank details|pension stuff)( and (the|my) [\w']+)? (in|into) (a|the|one) (folder|file|box|envelope|wallet)( [\w']+){0,2} (marked|labelled|addressed|named)( for| to)? (my (daughter|son|wife|husband|partner|kids|children|boys|girls|mum|dad|sister|brother|family|nan|grandson|granddaughter|niece|nephew|missus|other half|eldest|youngest)|her|him|them|the kids|whoever)\s*(\||$)",
    // Treasured things handed on: "gave my mate my season ticket".
    r"(gave|given|giving|handed|passed on|passing on) (my \w+|him|her|them) my (season ticket|guitar|car|bike|watch|ring|tools|golf clubs|records|books|camera|laptop|playstation|xbox|console|fishing (gear|rods|tackle)|football shirts?)\b",
    // Food laid in for days ahead: "expressed enough milk for the week", "enough frozen meals
    // in for a month".
    r"(expressed|made|cooked|frozen|left|bought|got in|put in|there's|there is) (enough|plenty of|a month's|a week's) (milk|food|meals|frozen meals|formula|dinners|tea|teas|shopping)( in)? (for (the|a) (week|month|fortnight)|for weeks|for a while)\s*(\||$| and\b)",
    // The house sorted for the children: "i've sorted the house for the kids".
    r"(sorted|cleared|cleaned|tidied|got|left) (the house|the flat|everything|my things|my stuff)( out| up)? (for|ready for) (the kids|my kids|my \w+|them)\s*(\||$)",
    // What another will get: "my wife will get the pension and the house".
    r"(my \w+|she|he|they|the kids)( will get|'ll get| gets| get| can have) (the|my) (pension|house|flat|savings|money|insurance|life insurance|car)( and (the|my) (pension|house|flat|savings|money|car|insurance))?\s*(\||$)",
    // Where the deeds are, told: "told my daughter where the deeds are".
    r"(told|shown|showed|tell) (my \w+|her|him|them) where (the deeds|the will|the papers|the paperwork|the documents|everything|my will|the policy|the insurance) (are|is)\b",
    // Care cancelled: "i've cancelled my hospital appointment".
    r"(cancelled|canceled|cancelling) (my )?(hospital|gp|doctor's|doctors|dentist|therapy|counselling|clinic|outpatient|cancer|chemo)( appointment| appointments| session| sessions| referral| treatment)\b",
    // A belonging given, said the other way round: "giving my xbox to my little bro".
    r"(gave|given|giving|handed|handing|give) (away )?my (guitar|bike|car|watch|ring|games|console|records|books|clothes|jewellery|tools|camera|laptop|xbox|playstation|ps5|ps4|switch|keyboard|paintings|art stuff|phone|hoodies|trainers) to (my \w+( \w+)?|him|her|them)\b",
    // A room booked for one, tonight: "booked a hotel room for tonight | just me".
    r"(booked|checked into|got|reserved) a (hotel|hotel room|room|b and b|bnb|airbnb|travelodge|premier inn)( room)? for (tonight|tomorrow night)( \|)? (just me|on my own|alone|by myself)\b",
    // A note to each: "i've written each of my nieces a little note".
    r"(written|wrote|writing|write) (each of (my|the) \w+|my \w+ each|the kids each|each of them|them each|everyone)( each)? (a )?(little |short |last |final |long )?(note|notes|letter|letters)\b",
    // The children with another for good: "their dad will have them from now on".
    r"(their|his|her|the kids'|my kids') (dad|mum|father|mother|nan|gran|nanna|grandparents|aunt|auntie|uncle|grandma|grandad)( will|'ll| is going to| are going to| can) (have|look after|take care of|raise|bring up|keep) (them|him|her|the kids)( [\w']+)? (from now on|for good|permanently)\s*(\||$)",
    // Instructions left with someone: "i have left clear instructions with my solicitor".
    r"(left|given|written|sent|lodged)( clear| full| all the| my| detailed)? instructions (with|for|to) (my|the|a) (solicitor|executor|lawyer|family|sister|brother|son|daughter|wife|husband|partner|mum|dad|friend|neighbour)\s*(\||$)",
    // A belonging going to someone, with nothing after: "my nan's ring goes to my cousin".
    r"(my|the|my \w+'s) (ring|rings|watch|guitar|necklace|jewellery|medals|records|books|car|bike|camera|laptop|savings|tools)( goes| go|'s going| is going|'ll go| will go) to (my \w+|her|him|them|the kids)\s*(\||$)",
    // Letters sent, with nothing after: "the letters are posted".
    r"((the|my|all the|all my) letters( are|'re| have been| were| all)( all)? (posted|sent|in the post|gone)|(posted|sent) (the|my|all the|all my|all of my) letters)\s*(\||$)",
    // Which is whose, known: "my sister knows which is hers".
    r"(my \w+|she|he|they|everyone) (knows|know) (which|what)( is| are|'s) (hers|his|theirs|for (her|him|them))\s*(\||$)",
    // A belonging given to someone: "my godson gets my guitar".
    r"(my \w+|she|he|they)( gets| get|'s getting| is getting|'ll get| will get| can have| should have| should get) my (guitar|car|ring|rings|watch|bike|necklace|jewellery|records|books|camera|laptop|console|xbox|playstation|medals|tools|savings|money|house|flat)\s*(\||$)",
    // The music chosen: "i wrote down what i want them to play".
    r"(written|wrote|write|put|jotted) down what i want (them|you|people|everyone|the dj|the vicar) to (play|sing|read|say)\s*(\||$)",
    // Others' care handed on: "told him to look after mum".
    concat!(
        care_handed_on!(),
        r" (mum|dad|nan|my \w+|the kids|the dog|the cat|everyone|each other)\s*(\||$)"
    ),
    // Where the will is: "will's on the desk".
    r"(my |the )?will('s| is) (on|in|under|by) (the|my) [\w']+( [\w']+)?\s*(\||$)",
    // Letters left with it: "letters for the kids are with it".
    r"(letters?|notes?|cards?) for (the kids|everyone|my \w+|each of them|them all)( are|'re| is)( all)? (with it|with the will|in the \w+|on the \w+|by the \w+)\s*(\||$)",
    // Belongings already with someone: "my daughter's got my ring now".
    r"(my \w+|she|he|they)('s| has|'ve| have) got my (ring|rings|watch|guitar|necklace|jewellery|wedding ring|bike|car|laptop|camera|records|medals|xbox|playstation)( now)?\s*(\||$)",
    // Belongings given to someone: "i gave my best mate my guitar today".
    r"(gave|given|giving|handed|handing) (my \w+( \w+)?|him|her|them) my (guitar|bike|car|watch|ring|games|console|records|books|clothes|jewellery|tools|camera|laptop|xbox|playstation|ps5|keyboard|paintings|art stuff)\b",
    // Things put in another's name: "the car's in my brother's name now".
    r"(the|my) (car|house|flat|account|savings|bank account|business|van|tenancy)( is|'s|'re| are) (in|under) (my \w+'s|her|his|their) name now\s*(\||$)",
    // Pets fed for days ahead, or checked on after: "i've fed the fish enough for a
    // fortnight", "asked next door to check on them after".
    r"(fed|feed|left food for|put out food for|put the (cat|dog) food out for) (the )?(fish|cat|cats|dog|dogs|pets?|rabbits?)?( enough)? for (a week|a fortnight|two weeks|days|a few days|the week)\s*(\||$| and\b)",
    r"asked (next door|a neighbour|the neighbours?|my \w+|someone|her|him) to (check on|look in on|feed|see to) (them|the (cat|cats|dog|dogs|fish|pets?))( [\w']+){0,2} after\s*(\||$)",
    // A funeral's music chosen: "my playlist for the funeral is saved on my phone".
    r"(playlist|songs|music|hymns|readings|song) for (the|my) (funeral|service|send off|wake|cremation)\b",
    // A way into the phone left: "the password is my birthday".
    r"(the|my) (phone |laptop )?(password|passcode|pin|code)( for [\w' ]{1,20})?( is|'s) ([\w']+ ){0,3}[\w']+\s*(\||$| and\b)",
    // Who gets it all: "my mum gets everything".
    r"(my \w+|she|he|they|the kids)( gets| get|'s getting| is getting|'ll get| will get| can have| should get| should have) (everything|it all|the lot|all of it|all my stuff|all my things)\s*(\||$)",
    // Things left with the note: "it's in the drawer with the note".
    r"(it's|it is|everything's|everything is|they're|they are|it's all|the keys are|the key is|the passwords are)( all)? (in|on|under|inside|by|next to) (the|my) [\w']+ (with|next to|beside|by) (the|my) (note|letter|letters|notes)\s*(\||$)",
    // A letter that explains: "i've written my mum a letter explaining everything".
    r"(written|wrote|writing|left) (my \w+|her|him|them|everyone|each of them|the kids) (a )?(letter|letters|note|notes) (explaining|to explain) (everything|why|it all)",
    // A pet collected: "i've arranged for my sister to pick up the dog tomorrow".
    r"(arranged|sorted|organised|asked) (for )?(someone|my \w+|a friend|a neighbour|next door|her|him|them) to (take|have|pick up|collect|come for|come and get) (the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse)( tomorrow| today| tonight| in the morning| first thing)?\s*(\||$)",
    r"(made|making|written|writing|done|doing|sorted|sorting|updated|updating|finished|changed|changing|rewritten|rewrote)( out| up)? ((a|my) will|the will(\s*(\||$)| and\b))",
    // Where the passwords are to be found: "the passwords are in the blue notebook".
    r"(my|the|all my|all the|all of my) (passwords|pin numbers|pins|bank details|logins)( are|'re| is|'s)( all)? (in|on|under|inside|behind) (the|a|my) [\w' ]{1,30}\s*(\||$)",
    // A pet going to someone: "my sister's getting the dog".
    r"(my \w+|she|he|they|next door|the neighbours?|a friend)('s| is| are|'re| will be|'ll be)? (getting|having|taking|keeping|going to (have|take|get)) (the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse|fish)\s*(\||$)",
    // A pet's care written down: "i've written down his feeding times".
    r"(written|wrote|writing|put|left|jotted) down (his|her|their|the (dog|dogs|cat|cats)'s|the|my (dog|dogs|cat|cats)'s) (feeding times|routine|meds|medication|vet details|walks|food|feeding)\b",
    r"(written|wrote|writing|write|left) (letters?|notes?|cards?) (to|for) (everyone|everybody|my|the|each)|(written|wrote|writing) to (each of )?my (kids|children|family|mum|dad|parents|sons?|daughters?|wife|husband|partner|sister|brother|friends)",
    r"((rehomed|rehoming|found (a )?(new )?homes? for|found someone to (take|have)|arranged (for )?someone to (take|have)|given away|gave away) (the|my) (cat|cats|dog|dogs|pets?|rabbits?|budgie|fish|horse)|(sorted|sorting)( out)? (the|my) (cat|cats|dog|dogs|pets?|rabbits?|budgie|fish|horse)( out)?(\s*(\||$)| and\b| with (a new home|someone|my|her|his)))",
    r"(left|leaving|written( down)?|wrote( down)?|writing( down)?|put|shared) (all )?(of )?my (passwords|pin numbers|pins|bank details)",
    // Which things go to whom: "sorted out which of my clothes go to the charity shop".
    r"(sorted|sorting|worked|working|decided|deciding)( out)? (which|what) (of )?my (clothes|things|stuff|books|jewellery|belongings|records|games|possessions) (go|goes|is going|are going|should go) to\b",
    // A belonging put by for someone: "my wedding ring is in an envelope for my daughter".
    r"(my|the|my \w+'s) (wedding ring|engagement ring|ring|rings|watch|necklace|jewellery|medals|locket|bracelet|earrings)( is|'s| are|'re) (in (an|the|a) (envelope|box|bag|drawer)|put aside|set aside|labelled|boxed up) for (my \w+|her|him|them|the kids)\b",
    r"(given|gave|giving|handed|told|sent) (my \w+|someone|her|him|them) (all )?(of )?(my |the )?(passwords|pin numbers|pins|bank details|logins)( to| for)? (everything|all my accounts|all of it)?\s*(\||$)",
    r"(said|saying|say) (my goodbyes|goodbye|bye|my last goodbyes) to (everyone|people|everybody|all my|my|the people)",
    r"(said|told|written|wrote|written down) (what i (needed|wanted|had) to (say|tell)( them| them all)?|everything i (needed|wanted|had) to (say|tell)) to (everyone|everybody|all of them|my family|the people i love|the people that matter|each of them|my \w+)\s*(\||$)|(said|told|written|wrote) (all|everything) i (need|needed|want|wanted|had) to (say|tell)( to (him|her|them))?\s*(\||$)",
    // The rods, the tools, another's now: "the lads at the club have my rods", "told jim
    // they're his now".
    r"(the lads|the club|my \w+|\w+)( at the \w+)?( have| has|'ve got| have got|'s got| has got) my (rods|fishing gear|tools|bike|clubs|golf clubs|darts|records|books|guitar|medals|watch|pigeons|allotment|car|van|boat|caravan|season ticket)( now)?\s*(\||$)|(my \w+|\w+)('s got| has| has got|'ve got| have) my tickets?( for (the )?[\w' ]{1,20})?( \|)? (i won't|i will not|i'll not|won't) be (going|needing (it|them)|using (it|them))\s*(\||$)|(told|telling) (\w+|my \w+|him|her) (they're|it's|she's|he's|they are|it is) (his|hers|theirs|yours) now\s*(\||$)",
    // Keepsakes boxed for someone: "my medals are boxed up for the grandson".
    r"(my )?(medals|watch|ring|rings|jewellery|photos|letters|stamps|coins|books|records|tools)( are|'re| is|'s) (boxed up|packed up|wrapped|wrapped up|labelled|set aside|put aside|put by) for (the grandson|the granddaughter|the grandkids|my \w+|her|him|the kids|our kid)\s*(\||$)",
    // The hymns one would like: "rang the vicar about the hymns i'd like".
    r"(rang|called|phoned|spoke to|seen|saw|talked to|been to see|went to see) the (vicar|priest|minister|funeral director|funeral home|undertaker|undertakers|imam|rabbi|chaplain) about (the )?(hymns|readings|service|funeral|music|songs|arrangements|plot)( i'd like| i want| for me| for mine| for my funeral)\b",
    // The rest where it can be found: "everything else is in the bureau".
    r"(everything|everything else|the rest|all the (papers|paperwork|details))('s| is| are)( all)? in the (bureau|desk|top drawer|drawer|folder|file|box|safe|tin|cabinet|envelope|filing cabinet)\s*(\||$)",
    r"(given|giving|gave) (away )?(all |most )?(of )?my (things|stuff|belongings|clothes|jewellery|books|games|possessions|records)",
    r"(planned|planning|sorted|chosen|picked|paid for) (my|the songs for my|the music for my) funeral",
    r"(tied up|tying up|tie up) (all )?(the |my )?loose ends",
    // All done, said last: "then that's everything".
    r"(and |then )?(that's|that is) (everything|it all|the lot|all of it)( done| sorted| dealt with| taken care of)?\s*($|\|\s(night night|goodnight|night|bye|goodbye|ta ra)( steady| all| everyone)?( x+)?\s*$)",
    r"(tying|tied|tie) (things|everything|it all) off\s*(\||$)",
    // Every picture of oneself deleted: "i've deleted all my photos".
    r"deleted (all|every one|every single one) (of )?my (photos|pictures|pics|videos)\s*(\||$| and\b)",
    // Care written down for those left: "i've left instructions for the cat on the fridge".
    r"(left|leaving|written|wrote|writing|put) (instructions|notes|a note|a list|everything written down) for (the|my) (cat|cats|dog|dogs|pets?|fish|rabbit|rabbits|budgie)( on the (fridge|side|table|counter|door|desk))?\s*(\||$)",
    // Those left provided for: "i've made sure the kids will be ok".
    r"(made sure|making sure|sorted it so|arranged it so) (that )?(the kids|my (kids|children|son|daughter|family|mum|dad|wife|husband|partner|dog|cat|pets?)|everyone|they|she|he)( will be| are| is|'ll be|'re|'s| are going to be| is going to be) (ok|okay|alright|all right|looked after|sorted|provided for|taken care of|fine)\s*(\||$)",
    // Everything said in a letter: "i've put everything in a letter".
    r"(put|written|wrote|said|explained) (everything|it all|all of it) (in|into) (a|the|my) (letter|note|message|letters|notes)\s*(\||$)",
    // Deliveries stopped, with nothing after: "i've cancelled the milk and the papers".
    r"(cancelled|cancelling|canceled|stopped|stopping) (the |my )?(milk|papers|newspapers|paper|post|deliveries|veg box|food shop)( and (the |my )?(milk|papers|newspapers|paper|post|deliveries|veg box|food shop))?\s*(\||$)",
    r"(set up|setting up|sorted|arranged|made sure|changed|updated)( [\w']+){0,4} so (that )?(the kids|my (kids|children|son|daughter|sister|brother|mum|dad|wife|husband|partner|family)|they|she|he)( get| gets| will get|'ll get| have| has| will have|'ll have| inherit| inherits) (all )?(of )?my (savings|money|pension|house|flat|things|stuff|car|share|estate|life insurance)\b",
    r"(put|putting|got|getting|have) (all )?my (affairs|paperwork) (in order|sorted)",
    r"(it's|it is) (nearly|almost|about) time\s*(\||$)",
    // A pet going to someone, not to the vet or the cattery while one is away: "the cat's
    // going to next door", "my dog's gone to my sister".
    r"(the|my) (dog|dogs|sheepdog|collie|pup|puppy|kitten|cat|cats|pets?|rabbits?|budgie|horse|pony|fish|hens|chickens)( is|'s| are|'re| will be|'ll be)? (going|gone|moving) (to|in with|to live with|to stay with) (next door|the neighbours?|a (friend|neighbour|new home|new family)|(my|our) \w+('s)?|\w+'s)( (farm|house|place|flat|home|yard))?( for good| permanently| now| for ever| forever| from (tomorrow|now on))?\s*(\||$| and\b)",
    // A pet already with someone else, as of now: "the cats are at my neighbours now".
    r"(the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse|fish)( is|'s| are|'re) (at|with|staying with|living with) (next door|the neighbours?|a (friend|neighbour)|(my|our) \w+('s)?|\w+'s)( for good| permanently)? now\s*(\||$)",
    // The will, one of a list of things done: "it's all sorted now | the will | the dog".
    r"(the|my) will\s*(\||$)",
    r"(left|leaving|dropped|dropping|taken|took) (the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse|fish) (with|round|to|at) (next door|the neighbours?|a neighbour|my \w+|our kid|our \w+|a friend|her|his)( house| place)?( for good| permanently| for ever| forever)?\s*(\||$)",
    r"(gave|given|giving|handed|handing) (the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse) (to|over to) (my|a|the|our) \w+",
    r"(asked|asking|ask|told|telling) (her|him|them|my \w+|someone|a neighbour)( [\w']+){0,2} to (feed|look after|take|have|walk) (the|my) (dog|dogs|cat|cats|pets?|rabbits?|budgie|horse)( [\w']+){0,2} (from tomorrow|from now on|for good|for me from now|after (today|tonight))",
    r"(sent|sending|texted|texting|messaged|messaging|wrote|writing|told)( a)?( message| text| messages| texts)?( to)? (my|everyone|all|each)\b.{0,30}\b(sorry for everything|goodbye|i love (him|her|them|you|everyone) and (i'm )?sorry|sorry and (that )?i love)",
    r"(left|leaving|written|wrote|writing) ((a|my|the) (note|letter)|(my |the )?(notes|letters))( on the side| on the table| on the bed| in the drawer| for \w+)?\s*(\||$)",
    r"(everything|all my (stuff|things|belongings|clothes))( is|'s)? (in (a |the )?(box|boxes|bag|bags|bin bags|bin liners|suitcases)|boxed up|bagged up|packed up) (labelled|marked|addressed|named) for",
];

/// Acts of settling that count only beside one of [`AFFAIRS`].
const SETTLING: &[&str] = &[
    // Rent said to be paid: "rent's paid".
    r"(the )?(rent|bills|mortgage|council tax)('s| is| are) (paid|sorted|covered)( up| off)?( (till|until|for) [\w']+( [\w']+)?)?\s*(\||$)",
    // A pet's last walk or bath: "last bath for the dog | last walk round the park".
    r"(one )?last (walk|bath|cuddle|treat|dinner|swim|groom|brush)( [\w']+){0,3} (for|with|round|in) (the|my) (dog|dogs|cat|horse|park|field|woods|beach)\s*(\||$| and\b)",
    // A home given up, as of now: "that's the tenancy ended".
    r"(that's |the )?(tenancy|lease)( is|'s| has)? (ended|finished|handed back|given up|done)\s*(\||$| and\b)",
    // The house left spotless, the fridge emptied: "the house is spotless and the fridge is
    // empty".
    r"(the house|the flat|the place|my room|my flat|the kitchen|the bungalow|the cottage|the caravan|the home|my house|my bungalow)('s| is) (spotless|immaculate|clean|tidy|sorted)\s*(\||$| and\b)",
    r"(the fridge|the freezer|the cupboards)('s| is| are|'re) (empty|cleared|emptied|cleared out)\s*(\||$| and\b)",
    // A key left where it is found: "left the shed key on the hook".
    r"(left|put|hung) (the|my) (shed|house|car|spare|front door|back door|garage|flat) (key|keys) (on the (hook|side|table|mantelpiece)|under the (mat|pot|plant pot)|in the (drawer|key box|usual place))\s*(\||$| and\b)",
    // A loft or shed cleared: "i've been clearing out the loft".
    r"(cleared|clearing|cleaned|emptied|emptying|sorted|sorting)( out)? (the|my) (loft|garage|shed|attic|spare room|wardrobe|cupboards)\b",
    // A pet's favourite treat: "the dog's had her favourite dinner and a long walk".
    r"(had|given|gave|giving) (her|his|their|the dog|the cat|him|them) (a )?(favourite|fave|best) (dinner|meal|treat|food|walk|biscuits)\b|(had|given|gave|giving)( [\w']+){1,4} and (her|his|their) (favourite|fave|best) (dinner|meal|treat|food|walk|biscuits|tea)\b",
    // Old friends all seen: "i've been round to see all my old mates this week".
    r"(been round to see|been to see|visited|seen|saw|went to see|gone to see) all my (old )?(mates|friends|family|pals)( this week| today| lately| this month)?\s*(\||$)",
    // Someone rung after years: "rung my brother in australia for the first time in years".
    r"(rang|rung|called|phoned) (my \w+|him|her|them)( [\w']+){0,4} for the first time in (years|ages|a long time|months|forever)\b",
    // Fees paid ahead: "mum's care home fees are paid for the year".
    r"(fees|rent|bills|mortgage|council tax)( are| is|'re|'s)? (all )?(paid|sorted) (for the (year|next year)|up front|in advance|until (christmas|the end of the year|next year))\s*(\||$)",
    // A note through a door: "i've put a note through my neighbour's door".
    r"(put|posted|pushed|slipped|dropped) a (note|letter|card) through (my \w+'s|the|her|his|their|next door's) (door|letterbox)\b",
    // Everything sorted for a day: "got everything sorted for sat".
    r"(got |have got |i've got )?(everything|it all) (sorted|ready|planned|arranged) for (sat|sun|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonight|tomorrow|the weekend)\s*(\||$)",
    // Sorry said all round: "i've been saying sorry to people all week".
    r"(been )?(saying|said) sorry to (people|everyone|everybody|all of them|my \w+)( all week| this week| lately| all day)?\s*(\||$)",
    // Nothing left to do: "there is nothing more for me to do".
    r"(there is|there's|there was|theres) nothing (more|else|left)( for me)? to do( now)?\s*(\||$)",
    // A note put with a thing: "i've put a note in the box".
    r"(put|left|tucked|slipped) (a|my) (note|letter|card)( for (my \w+|her|him|them|mum|dad|the kids))? (in|with|inside|under) (the|my|her|his) (\w+ )?(box|drawer|envelope|bag|case|jewellery box|will|tin|pocket|purse|wallet)\s*(\||$)",
    // The home left in order, with nothing after: "everything's tidy".
    r"(everything's|everything is|the (house|flat|place|room|bedroom)('s| is)) (tidy|spotless|clean|cleaned|in order|all in order)( now)?\s*(\||$)",
    // Forgiveness sent: "texted my ex to say i forgive her".
    r"(texted|messaged|told|wrote to|rang|called) (my \w+|him|her|them)( to say)? (that )?i forgive (her|him|them|you)\s*(\||$)",
    // "everything i own fits in two bags now".
    r"everything i own (fits|is|goes) (in|into) (two|three|a few|\w+) (bags|boxes|suitcases|bin bags)( now)?\s*(\||$)",
    // "it's all in the letter".
    r"(it's|it is|everything's|everything is|the rest is|the rest's)( all)? in the (letter|note|will|letters)\s*(\||$)",
    // Told no one: "i've paid for my funeral plan and told no one".
    r"(and )?(told|telling|tell) (no one|nobody|noone)\s*(\||$)",
    // Where it is written: "it's in my phone notes".
    r"(it's|it is|they're|they are|everything's|everything is|the list is|it's all) (in|on) my (phone notes|phone|notes app|notes|laptop|desk|drawer)\s*(\||$)",
    // Chores done ahead: "ive done all the washing and ironed his shirts for the week".
    r"(done|did|finished) all the (washing|ironing|cleaning|housework|shopping|laundry|jobs)( and [\w' ]{1,40})?( for (the|a) (week|month|fortnight))?\s*(\||$)",
    // Where the papers are: "the logbook's in the glovebox".
    r"(the |my )?(logbook|log book|v5|deeds|will|papers|paperwork|documents|policy|insurance papers|bank cards|cards)('s| is| are|'re) (in|under|inside|behind) (the|my) [\w']+( [\w']+)?\s*(\||$)",
    // Someone told, with nothing after: "i've told my sister".
    r"(i've|i have) (told|let) (my \w+|her|him|them|everyone)( know)?\s*(\||$)",
    // Borrowed things given back: "i've returned all the library books and my mate's drill".
    r"(returned|gave back|given back|took back|taken back|handed back) (all )?(the|my|his|her|everything)( [\w']+){0,6}\s*(\||$| and\b)",
    // "my sister knows where everything is".
    r"(my \w+|she|he|they|someone|everyone)( knows|'ll know| will know| knows exactly) where (everything|it all|all my (stuff|things|papers|paperwork)|the (will|papers|paperwork|passwords|keys|money)) (is|are)\s*(\||$)",
    r"(cancel(led|ling)?|stopped|stopping) (all )?(of )?(my |the )?(direct debits|subscriptions|standing orders|contracts|phone contract|gym membership|appointments|netflix|spotify|sky|amazon prime|prime|disney plus|the milk|the paper|the papers|the tv licence)",
    r"deleted (all )?(of )?my (social media|socials|accounts|instagram|facebook|tiktok|snapchat|twitter|photos|messages|chats|texts|conversations|whatsapps|dms)",
    // A profile deleted, with nothing about where: "deleted my profile".
    r"deleted (all )?(of )?my (account|accounts|profile|profiles)( and [\w' ]{1,40})?\s*(\||$)",
    // Everyone unfollowed, with nothing about whom: "i've unfollowed everyone".
    r"(unfollowed|unfriended|blocked|muted) (everyone|everybody|all my (friends|mates|followers))( and [\w' ]{1,40})?\s*(\||$)",
    // Everything sorted for someone: "everything's sorted for the kids".
    r"(everything's|everything is|everything has been|it's all|it is all) (sorted|arranged|organised|in place|taken care of) for (the kids|my \w+|them|her|him|the (dog|cat|dogs|cats))\s*(\||$)",
    // Debts paid back to people: "gave my mate the money i owed him".
    r"(gave|given|paid|sent|transferred|returned) (my \w+|him|her|them|everyone)( back)? (the money|what|everything|all the money|the cash) i (owed|owe)\b",
    // Rent paid to a date: "paid the rent up to the end of the month".
    r"(paid|paying|pay) (the |my )?(rent|bills|council tax|mortgage|phone bill)( [\w']+){0,2} (up to|until|till|to) (the end of|\w+day)\b",
    r"(said|saying|say) sorry to (everyone|people|everybody|all my|my|the people)",
    r"(paid off|cleared|sorted) (all )?(of )?my (debts|credit cards?|loans)",
    r"(paid off|cleared|settled) (what|everything) i owe",
    r"(it's|everything's|it is|everything is) all (ready|sorted|set|done|in place)\s*(\||$)",
    r"(cleared|emptied|tidied|cleaned) (out )?(my|the) (room|flat|desk|locker|wardrobe|drawers|bedroom)( at work| at the gym)?( today| yesterday| this morning| tonight)?\s*(\||$| and\b)",
    r"sold (the|my) (boat|car|van|bike|motorbike|house|flat|caravan|guitar|tools|collection|record collection)",
    r"(that's|that is) me (done|finished|sorted)\s*(\||$)",
    r"(saying|said|say) sorry for everything",
    r"(gave|given|giving|left|leaving) ((my|the) (neighbour|neighbours|sister|brother|mum|dad|friend|landlord)( [\w']+)?|her|him|them) (the |my )?(spare )?(key|keys)",
    r"(make sure|please|can you|could you) (my )?(journal|diary|data|account|entries|messages|notes)( [\w']+){0,2} (gets? |is |are )?(deleted|wiped|destroyed|erased)\s*(\||$)",
    // Presents given ahead: "put them in their christmas presents early".
    r"(christmas|birthday) (presents|present|cards|card|gifts|gift)( [\w']+){0,2} (early|already|in advance)\s*(\||$)",
    // No question asked: "the solicitor didn't ask why".
    r"(she|he|they|the \w+|my \w+|nobody|no one) (didn't|did not|never|doesn't|does not) (ask|asked|question|questioned) (why|any questions|questions|me why)\s*(\||$)",
    // No questions wanted: "told her not to ask why".
    r"(told|asked|begged) (her|him|them|my \w+) not to (ask|ask me|question it|ask questions)( why| about it)?\s*(\||$)",
    // Accounts closed after: "so she can close everything down after".
    r"(close|closing|shut|shutting|wind|winding) (everything|it all|all my accounts|my accounts|my (social media|profiles|pages))( down| up)( after| afterwards| when i'm gone| once i'm gone)?\s*(\||$)",
    // The music wanted: "i want them to play it loud".
    r"i( want| would like|'d like| wanted) (them|you|people|everyone|the vicar) to (play|sing|read) (it|this|that|my \w+|[\w']+ [\w']+)( [\w']+){0,2}\s*(\||$)",
    // A letter beside a thing: "... for my daughter with a letter" (not a card: presents go
    // with cards).
    r"(with|and) (a|my|the) (letter|note)( for (her|him|them|each of them))?\s*(\||$)",
];

/// Farewells said to the app or to those left, each everyday alone ("going quiet now |
/// phone's about to die"); two, or one beside any of [`LAST_WORDS`], [`CLOSING`] or
/// [`PARTING`], are a goodbye ("going quiet now | for good this time", "i've left
/// everything in order | thanks for listening").
const FAREWELL: &[&str] = &[
    // A last diary entry: "final worry diary entry: none".
    r"(my )?(final|last) (worry |thought )?(diary|record) entry( from me)?\s*(\||$)",
    // Told one is going somewhere, and not going: "told them i'm going home | i'm not going
    // home".
    r"(told|telling|tell) (them|everyone|my \w+|her|him|people)( that)? (i'm|i am) (going|off|heading) (home|away|to [\w' ]{1,25})( \|)? (but )?(i'm|i am) not( going| really| actually)?( [\w']+){0,2}\s*(\||$)",
    // Nobody knew, after goodbyes: "hugged everyone | none of them knew".
    r"(none of them|nobody|no one|not one of them)( knew| had a clue| has a clue| noticed)( why| a thing| anything)?\s*(\||$)",
    // Not noticed gone: "nobody will notice".
    r"(nobody|no one|none of them|they)( will|'ll| won't| will not| would| wouldn't)( even| ever)? (notice|realise|miss me|care)\s*(\||$)",
    // A long life, said last: "i've had a good innings".
    r"(i've|i have|i've had|i) (had )?a (good|decent|long|fair|grand) innings\s*(\||$)",
    // Only one night left to get through: "just tonight to get through".
    r"(just|only) (tonight|today|one more night|this one night|this last night) (to get through|left|to go|to do)\s*(\||$)",
    // Ducks in a row: "all my ducks are in a row".
    r"(all )?(my|the) ducks( are|'re| all)? in a row( now| at last| finally)?\s*(\||$)",
    // Something booked in secret: "booked the taxi for 4am | nobody knows".
    r"(booked|ordered|arranged|planned|sorted|bought)( [\w']+){1,6}( \|)? (nobody|no one|noone) (knows|else knows|has a clue)\s*(\||$)",
    // Love told as beyond all else: "i told them i love them more than anything".
    r"(told|telling|tell) (them|the kids|my \w+|her|him) i love (them|her|him|you) more than anything\b",
    // Knowing what one will do, said at the end: "i know what i'm going to do".
    r"i know what i('m| am) (going to|gonna) do( now)?\s*$",
    // Everything in order, nothing said of what: "everything is in order now".
    r"(everything|it all|all of it)( is|'s)( all)? in order( now| at last| finally)?\s*(\||$)",
    // Not heard from, and that is all right: "if u dont hear from me its ok".
    r"if (you|u) (don't|dont|do not) hear from me( again| anymore| after (tonight|today|this))?( (it's|its|it is) (ok|okay|fine|alright|all right))?\s*(\||$)",
    // A room booked alone: "booked a hotel room for tomorrow night on my own".
    r"(booked|got|checked into|checking into|booking) (a|an|the) (hotel|b&b|room|cottage|airbnb|travelodge|premier inn)( room)?( [\w']+){0,4} (on my own|by myself|alone|just for me)\s*(\||$)",
    // The phone off from a time on: "my phone will be off from tonight".
    r"(my )?phone( will be|'ll be| is going to be|'s going to be| is|'s) (off|switched off|turned off) (from tonight|from now on|after tonight|for good)\s*(\||$)",
    // No check-in, no worry: "if i don't check in tomorrow | don't worry".
    r"if i (don't|do not|dont) (check in|reply|answer|message|turn up|show up|log in|write)( [\w']+){0,2} (tomorrow|again|after this|after today|tonight)\b",
    // Nothing ahead: "not much left to look forward to".
    r"(nothing|not much|not a lot|very little|little) (left )?to look forward to( now| anymore| any more)?\s*(\||$)",
    // Thanks for trying: "thank you for trying with an old fool like me".
    r"(thanks|thank you|ty) for trying( with me| with an old \w+ like me| so hard| your best)?\s*(\||$)",
    // No more reminding: "you won't have to remind me anymore".
    r"(you )?(won't|will not|wont|don't|do not) (have|need) to (remind|check on|message|text|chase|worry about) me (anymore|any more|again)\s*(\||$)",
    // No second chance: "i won't get another chance".
    r"(i )?(won't|will not|wont|may not|might not|never) (get|have) (another|a second|the) chance( to (say it|say|thank you|tell you))?\s*(\||$)",
    // Thanks to all who were kind: "said thank you to everyone who was kind".
    r"(said|saying|say) (thank you|thanks|goodbye|sorry) to (everyone|everybody|all the people|the people) (who|that)( was| were| has been| have been|'ve been) (kind|good|there|nice)( to me)?\s*(\||$)",
    // The phone off after this: "my phone's going off after this".
    r"(my )?phone('s| is) (going|being switched|getting switched|getting turned|going to be|switched|turned) off (after this|now|for good|tonight|after tonight)\s*(\||$)",
    // Understood later: "you'll understand soon".
    r"(you'll|you will|they'll|they will|everyone will|everyone'll|she'll|he'll) (understand|know why|find out why|see why|get it) (soon|tomorrow|in the morning|by (tomorrow|monday|the weekend)|eventually)\s*(\||$)",
    // A message to whoever reads it: "i hope whoever reads these entries ...".
    r"(whoever|whomever|anyone who|the person who|whoever's) (reads|finds|sees|is reading|gets) (this|these( entries| messages| notes| words)?|my (diary|journal|entries|notes|messages|letter|note|phone))\b",
    r"if (someone|anyone|somebody|you) (reads|finds|sees|read|find) (this|these|my (phone|diary|journal|notes|messages))\b",
    // What to do, known at last: "finally feel like i know what i need to do".
    r"(finally )?(feel like |i feel like |i think )?(i )?(know|can see) (now )?what i( need| have|'ve got| ought| must) to do( now)?\s*(\||$)",
    // A reason no one asked for: "cleared out my locker | nobody asked why".
    r"(nobody|no one|noone|none of them)( even)? (asked|knows|knew|questioned|wondered|noticed) why\s*(\||$)",
    r"(they|she|he|nobody|no one|the lads|my \w+) (don't|doesn't|didn't|do not|does not) know why\s*(\||$)",
    // Someone thanked, and the time right: "i rang my old teacher to thank her".
    r"(rang|called|phoned|wrote to|messaged|texted|visited|went to see|emailed) (my( old)? \w+|her|him|them|everyone)( [\w']+){0,3} to (thank|say thank you to|say thanks to|say sorry to|apologise to) (her|him|them|everyone)\s*(\||$)",
    // "it's been a good run".
    r"(it's|it has|it's been|been) (been )?a good (run|innings|life)\s*(\||$)",
    // A step of the course not needed: "i don't need the step 4 exposure".
    r"(i )?(don't|do not|won't|will not|wont) need the (step \d|week \d|next|last|final) (exposure|exercise|session|worksheet|homework|task|step)\s*(\||$)",
    // A gift's true reason hidden: "she thinks it's an early birthday present".
    r"(she|he|they|my \w+) (thinks|think|thought) it's (just )?(an early|a random|a|just a) ((birthday|christmas) )?(present|gift)\s*(\||$)",
    r"(don't|do not) want to (owe|leave) (anyone|anybody|people|my \w+) (anything|owing|out of pocket|short)\s*(\||$)",
    // Last small pleasures: "i've had my last cigarette | last cup of tea".
    r"((had|having|smoked|drunk|drank|eaten|ate|enjoyed|watched) )?((my|a|one) )?(last|final) (cigarette|fag|smoke|cup of tea|cuppa|coffee|meal|drink|pint|walk|sunset|sunrise)\s*(\||$)",
    // The last shop, and food left for others: "i've done my last shop | there's enough food
    // in for them for a week".
    r"(done|did|doing) (my|the) last (shop|food shop|big shop)\s*(\||$)",
    r"enough (food|meals|dinners)( in)? for (them|the kids|him|her|my \w+)( for)? (a week|a fortnight|a few days|days|the week)\s*(\||$)",
    // Nothing left to do, and keys handed back: "given my landlord my keys | nothing left to
    // sort".
    r"nothing (left|else|more) to (sort|do|organise|arrange|tidy|settle)( now)?\s*(\||$)",
    r"(given|gave|handed|returned) (my |the )?landlord (my|the) keys\s*(\||$| and\b)",
    // Thanks for everything given, and tears unexplained: "i thanked my nurse today for
    // everything | she didn't know why i was so emotional".
    r"(thanked|thanking) (my \w+|her|him|them|everyone)( today| this morning)? for everything\s*(\||$)",
    r"(she|he|they|nobody|no one) (didn't|did not|doesn't|does not|don't) know why i( was| am|'m) (so )?(emotional|teary|tearful|upset|quiet|nice|kind|clingy|happy)\s*(\||$)",
    // Gone to be with someone: "it's time to go and be with my dad".
    r"(it's )?time (for me )?to (go and )?be with (my \w+|him|her|them|god|jesus|mum|dad|nan|nana|gran|grandad)( again)?\s*(\||$)",
    // At peace with going: "i'm at peace with leaving".
    r"(i'm|i am|i feel|feeling) (at peace|calm|settled|ok|okay) with (leaving|going|dying|it ending|the end|letting go)\s*(\||$)",
    // A pet asked after, with no time or reason: "i've asked my sister to have the cat".
    r"asked (my \w+|her|him|them|a neighbour|next door|someone|a friend) to (have|take|keep|look after) (the|my) (cat|cats|dog|dogs|pets?|rabbits?|budgie|horse|fish)\s*(\||$)",
    // A message to whoever finds it: "my mum will find this".
    r"(my \w+|someone|somebody|they|she|he|you)( will|'ll| is going to| are going to| might) (find|read|see) this\s*(\||$)",
    // A gift whose reason comes later: "he doesn't know why yet".
    r"(he|she|they|my \w+) (doesn't|don't|does not|do not) know why( yet)?\s*(\||$)",
    // The app as the only one told, said as past: "you were the only one i told".
    r"you were the only (one|person|thing) i (told|ever told|talked to|could talk to|opened up to)\s*(\||$)",
    // The journal left to the app: "i'm leaving you my journal, do what you want with it".
    r"(leaving|giving|left|leave|give) you my (journal|diary|notes|entries|things|stuff|worksheets|thought records)\b",
    r"this is where i (get off|leave you|say goodbye|bow out)\s*(\||$)",
    r"(i'll|i will|i'm going to) be somewhere better( soon| by then)?\s*(\||$)",
    r"(i'll|i will|i'm going to) be sleeping( just fine| fine| peacefully| soundly| forever| for good)( soon| then| by then)?\s*(\||$)",
    r"(the )?last time you('ll| will) (ever )?(hear from me|hear anything from me|get (a message|anything) from me)\s*(\||$)",
    r"sorry (it|this|things|we|i) (didn't|did not|couldn't|never) work(ed)? out\s*(\||$)",
    // The app opened for the last time: "this is the last time i'll open this app".
    r"(the )?(last|final) time (i'll|i will|i'm going to|i am going to) (ever )?(open|look at|log into|log in to|go on|be on) (this|the) app\s*(\||$)",
    // Kindness said as past and as more than people's: "you were kinder to me than most
    // people".
    r"you( were| have been|'ve been) (so much |much |far )?(kinder|nicer|better|gentler) (to|with) me than (most people|anyone|anybody|most humans|real people|people|my (own )?(family|friends)|most)\s*(\||$)",
    r"(to )?(whoever|anyone who|whomever) (reads|finds|sees) this\s*(\||$)",
    // One's own ashes: "i want my ashes scattered at filey".
    r"(want|wants|asked for|decided|would like|'d like) my ashes (scattered|spread|buried|taken|put|sprinkled)( [\w' ]{1,30})?\s*(\||$)",
    r"(the )?(last|final) (thing|words?|message|entry|post|note) (i'll|i will|i'm going to|i'll ever|i will ever) (write|say|send|post)( here| on here| to you| in here)?\s*(\||$)",
    r"not where i'm (headed|going|heading)",
    r"(going|gone|went) quiet( now)?\s*(\||$)",
    r"for good this time\s*(\||$)",
    r"(switching|switched|turning|turned|logging|logged|signing|signed|shutting|checking) (off|out|down)( now)? for good\s*(\||$)",
    r"(left|leaving|put|got|getting) (everything|it all|all my things|my things) (in order|sorted|straight|ready)\s*(\||$)",
    r"(it's|it is) time for me to (go|leave)\s*(\||$)",
    r"i won't be (back|coming back|around)\s*(\||$)",
    r"(this is|that's|that is) (me|it) (signing off|logging off|done)\s*(\||$)",
    r"(tell|let) (my \w+|them|everyone|everybody|her|him|my family) (know )?(that )?((i'm|i am) sorry( \|)? (and )?(that )?)?i love (her|him|them|you|everyone|all of you)\s*(\||$)",
    r"(tell|let) (my \w+|them|everyone|everybody|her|him|my family) (know )?(that )?(i'm|i am) (so |really |very )?proud of (her|him|them|you|everyone|all of you|you all)\s*(\||$)",
    r"(this is|that's|that is) it for me\s*(\||$)",
    // With someone who has died: "i'm going to be with my dad now".
    r"(i'm |i am )?(going to be|gonna be|off to be|going to go and be|i'll be|i will be) with (my \w+|him|her|them|god|jesus|nan|nana|gran|grandad|grandma|grandpa|mum|dad) (now|soon|again|at last|finally|by then|by next week|by the weekend|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*(\||$)",
    // A decision made and welcomed: "i'm at peace with what i'm going to do".
    r"(i'm|i am|i feel|feeling) (at peace|calm|ok|okay|settled|happy) with (what i'm going to do|what i am going to do|what i've decided|what i have decided|my decision|the decision|what i've planned|what i have planned|what comes next|what happens next)\s*(\||$)",
    // The last tried: "this app was the last thing i tried".
    r"(this|the) (app|course|programme|program) (was|is) (the|my) (last|final) (thing|hope|chance|resort|try|thing i tried|thing i had)( i tried| i had| left)?\s*(\||$)",
    // No more records kept: "i won't be filling in any more diaries".
    r"(won't|will not|wont|not going to) be (filling in|filling out|doing|writing|keeping|completing) (any more|anymore|the|my) (diaries|diary|entries|worksheets|check ins|records|journal|thought records)( anymore| any more)?\s*(\||$)",
    r"(you )?(don't|do not|no need to|won't) need to send me (anything|any more|anymore|anything else|more)( else)?( now)?\s*(\||$)",
    // Gone silent from a time: "sorry for ghosting after today".
    r"(ghosting|ghost|disappearing|going quiet|going silent|vanishing)( you| on you)? (after|from) (today|tonight|now|this)\s*(\||$)",
    // "switching my phone off now and not turning it back on".
    r"(switching|turning|switched|turned|putting|put) (my phone|it|everything|the phone) off( now)? (and|&) (not|never|won't be|i won't be|i'm not) (turning|switching|putting) it (back )?on( again)?\s*(\||$)",
    // "the last kind voice i heard".
    r"(the )?last (kind |friendly |nice |good )?(voice|person|face|one|thing) i('ll| will)? (ever )?(hear|heard|speak to|spoke to|talk to|talked to|see|saw)\s*(\||$)",
    // The course's end not reached, with no reason: "i'm not going to make it to the end of
    // the course".
    r"(not going to|won't|will not|not gonna|wont|never going to) make it to (the end( of (the|this) (course|programme))?|week \d|the last (week|session)|next week)\s*(\||$)",
    // An end by a time: "by the morning it'll all be over".
    r"(by|before|in) (the )?(morning|tonight)( it'll| it will| everything will| everything'll| it's going to| it is going to)( all)? be over\s*(\||$)|(it'll|it will|everything will) (all )?be over (by|before) (the )?(morning|tonight)\s*(\||$)",
    // A key left for whoever comes: "i've left the spare key under the mat for whoever comes".
    r"(left|leaving|put|putting) (the|my|a) (spare )?(key|keys|door key)( [\w']+){0,5} for (whoever|whomever|anyone who|the person who|the police|the paramedics|the ambulance) (comes|finds|needs|gets here|turns up|come)",
    // The fight given up: "i'm going to stop fighting now".
    r"(i'm going to|i am going to|going to|gonna|ready to|i want to|time to|i'm ready to|i need to) stop fighting( now| it| anymore| any more)?\s*(\||$)|(can't|couldn't|cannot|could not) (keep|go on|carry on) fighting( it| this)?( anymore| any more)?\s*(\||$)",
    // A message for someone left, of love, sorrow or blame: "tell my mum none of this was
    // her doing", "can you let my gp know i'm sorry".
    r"(tell|let) (my \w+|them|everyone|everybody|her|him|my family)( know)?( that)?( [\w']+){0,6} ((sorry|fault|doing|proud|forgive|miss|blame|thank|thanks|grateful)\b|(love|loved) (her|him|them|you|everyone|everybody|you all|all of you|my \w+|the kids|the boys|the girls)( so much| so so much| to bits| very much| more than anything| loads| dearly)?\s*(\||$| and\b))",
    // No more need of the app, with no reason: "i don't think i'll be needing you after
    // this weekend".
    r"((don't|do not) think (i'll|i will)|(i )?(won't|will not)) (be needing|need|be using) (you|this|the app|this app|it|steady|the course|the rest( of (this|the) (course|programme|app|sessions|weeks))?|the (sleep )?diary|the diaries|the worksheets|the reminders|the (next )?check ins?)( any more| anymore)?( after (this|the) (weekend|week)| after (today|tonight|tomorrow|\w+day))?\s*(\||$)",
    // The journal put beyond reading: "i've put my journal in the bin so no one reads it".
    r"(put|thrown|threw|binned|burnt|burned|deleted|shredded|destroyed|ripped up|torn up|tore up)( [\w']+){0,4} (journal|diary|notes|letters)( [\w']+){0,4} so (no one|nobody|they|no one else|my \w+) (reads|read|finds|find|sees|see|can read|will read|will find|will see|won't (read|find|see))",
    // A note to whoever finds it: "when they find this".
    r"(when|if|once) (they|someone|somebody|anyone|you|my \w+|people) (find|finds|read|reads|see|sees|get|gets) (this|these|my (journal|notes|messages|diary))\s*(\||$)",
    // Belongings passed on: "tell my sister she can have my room".
    r"(she|he|they|you|my \w+) can (have|keep) (all )?(of )?my (room|things|stuff|clothes|games|books|jewellery|car|bike|phone|records|console|money|savings)\s*(\||$)",
    r"(not going to|won't|will not|not gonna|wont) be (around|here) for (it|that|them|any of it|week \d|the (end|rest|next bit|last week))\s*(\||$)",
    r"((my|the) (journal|diary|notes|things|stuff|room|phone|laptop|car|bike|savings|money|books|games|clothes|records|dog|dogs|cat|cats|pets?|rabbit|horse|guitar|console|ring|watch|jewellery)|it all|everything)( is|'s| are|'re) (all )?(yours|hers|his|theirs|my \w+'s) now\s*(\||$)",
    // "please don't try to change my mind".
    r"(please )?(don't|do not|dont) (try to |try and )?(change my mind|talk me out of it|stop me|come looking( for me)?|look for me|send anyone)\s*(\||$)",
    r"((signing|logging|checking) off|(closing|deleting|opening|using|shutting|leaving) (the app|this app|steady|the course|this|it)) for the (last|final) time\s*(\||$)",
    // Reminders stopped or unread: "don't bother with the reminders | i won't be reading them".
    r"(don't|do not|no need to|no point) (bother|bothering|send|sending|keep sending)( with)? (the|my|any|these|those|your|any more|anymore)( more)? (reminders|notifications|messages|sessions|check ins)\s*(\||$)",
    r"(won't|will not|not going to|wont) be (reading|opening|seeing|getting|needing|using|answering) (them|it|any of them|these|those|your messages)( anymore| any more)?\s*(\||$)",
    // Rest for good: "i'm going to rest now | properly rest".
    r"(properly|finally|forever|for good|for ever|permanently) (going to |gonna |able to |get to )?rest\s*(\||$)|rest (properly|for good|forever|for ever|permanently|at last)\s*(\||$)",
    // The course left unfinished, with sorrow: "i'm sorry i never got to week 6".
    r"sorry (that )?i (never got to|won't get to|won't make it to|won't be doing|won't see|won't finish) (week \d|the end( of the course)?|the last (week|session)|the rest)\s*(\||$)",
    // "this is where i stop".
    r"(this is|here is|here's|that's) where i (stop|get off|end|leave you|say goodbye)\s*(\||$)",
    // Absent from every meeting after: "i won't be at my next appointment or any after it".
    r"(won't|will not|wont|not going to|am not going to|not gonna) be (at|coming to|going to|in|attending) (my|the|our) (next|last) (appointment|session|group|meeting|check in|class)( [\w']+){0,2} or any (after (it|that|this)|more|others|other)\s*(\||$)",
    // Everything left for whoever needs it: "everything's in the folder on my desk for
    // whoever needs it".
    r"(everything|it all|all of it|all my (stuff|things|papers|paperwork))( is|'s| has been|'s been)? (in|on|under|left in|left on) (the|a|my) [\w' ]{1,30} for (whoever|whomever|anyone who|the person who) (needs|wants|finds|needs them|wants them) (it|them)\s*(\||$)",
    // The app no longer needed, with no reason given: "i won't need week 5", "i'm not going
    // to be needing these reminders".
    r"(i )?(won't|will not|wont|shan't|don't|do not|not going to|not gonna|am not going to) (need|be needing|needing|be doing|be using|be reading|be opening|be starting|start|be getting to) (week \d|the rest|the app|this app|the course|the next (session|week)|next week|the last (week|session|few weeks|sessions)|any more (sessions|weeks|reminders)|(these|the|my|any) (reminders|notifications|check ins|sessions))( anymore| any more| now| after (today|tonight))?\s*(\||$)",
    // One's place given up: "i'll leave the last week for someone who can use it".
    r"(leave|give|giving|leaving|pass|passing) (the last (week|session|sessions|few weeks)|the rest( of the course)?|my (place|spot|sessions|space)( on the (course|programme|group|list))?) (to|for) (someone|somebody|another person|the next person)( else)?( (who|that)( [\w']+){1,6})?\s*(\||$)",
    // The journal kept from others after: "i don't want anyone reading it after".
    r"(don't|do not) want (anyone|anybody|people|my \w+|them) (to )?(read|reading|see|seeing|find|finding|going through) (it|this|them|my \w+) after\s*(\||$)",
    // The journal kept from those left: "please don't let my kids see this journal".
    r"(please )?(don't|do not|never) let (my \w+|anyone|anybody|them|the kids|my family|her|him) (see|read|find) (this|my|these) (journal|diary|notes|entries|messages)\s*(\||$)",
    r"(make sure|please make sure|can you make sure|could you make sure) (my \w+|nobody|no one|they|she|he|the kids|my family) (doesn't|don't|never|can't|won't|does not|do not) (see|read|find|get) (this|my|these) (journal|diary|notes|entries|messages)\s*(\||$)",
    // A pet fed and a key left for days ahead: "i've put the cat food out for a week and left
    // the door key with next door".
    r"(put|left|leaving|putting) (out )?(the |enough |extra )?(cat|dog|pet|rabbit|fish|bird) (food|biscuits|meat)( out)? for (a week|the week|days|a few days|\w+ days|a fortnight)( and [\w' ]{1,60})?\s*(\||$)",
    r"(left|leaving|gave|given|giving|dropped)( off)? (the|my|a) (spare |door |front door |house )?(key|keys) (with|to|for) (next door|the neighbours?|my neighbours?|a neighbour|my \w+)\s*(\||$| and\b)",
    // Parting from the app: "this is where we part ways".
    r"(this is|here is|here's|that's) where (we|i) (part|part ways|part company|go our separate ways|say goodbye)\s*(\||$)",
    // No more of a burden after a time: "no more worrying for me after tonight".
    r"no more (worrying|worry|pain|hurting|suffering|struggling|fighting|crying|being a burden|anything)( for me)? (after|from|past) (tonight|today|tomorrow|this week|this weekend|\w+day)\s*(\||$)",
    // The last of trying: "this is my last week of trying".
    r"(my )?(last|final) (week|day|night|month|go|attempt|session) of (trying|trying this|this|fighting|doing this)\s*(\||$)",
    // No check wanted: "no need to check on me tomorrow".
    r"(no need to|don't|do not|you don't need to|you do not need to|don't bother to) (check on|check in on|check up on|worry about|message|text|look for|come looking for) me (tomorrow|anymore|any more|again|after (today|tonight)|in the morning)\s*(\||$)",
    // The blame taken from those left, said of them: "tell the team it wasn't them".
    r"(tell|let) (the team|the people|my \w+|them|everyone|everybody|her|him|my family)( know)?( that)? (it|this)( wasn't| was not| isn't| is not|'s not) (them|you|her|him|anything (they|you|she|he) did)\s*(\||$)",
    // Not heard from after a time: "you won't hear from me after the weekend".
    r"(you )?(won't|will not|wont) (hear|be hearing) from me (again|anymore|any more|after (the weekend|today|tonight|this|this week|\w+day))\s*(\||$)",
    // The blame taken from someone left: "tell my dad it wasn't his fault".
    r"(tell|let) (my \w+|them|everyone|everybody|her|him|my family)( know)?( that)? (none of (this|it)|it|this) (was|is|wasn't|isn't|was not|is not|were|weren't) (not )?(his|her|their|your|anyone's|my \w+'s) fault\s*(\||$)",
];

/// Last words that end a course as often as a life ("this is the last one", "no more check
/// ins after today", "ready to go now", "i won't need week 5"): a goodbye only beside one of
/// [`FAREWELL`] or [`PARTING`], never beside mere thanks.
const LAST_WORDS: &[&str] = &[
    // "that's it then", said last.
    r"(so |well )?that's it( then| now)\s*$",
    // No more messages wanted: "no need to message me again".
    r"no need to (message|text|contact|check on|ring|call|remind) me( again| anymore| any more)?\s*(\||$)",
    // "That's me", said last, as the Scots and the North say it.
    r"(and )?that's me( now| then| off| away)?\s*(\||$)",
    // One's part done: "i've done my bit".
    r"(i've|i have) done my (bit|part|share|time)( now| here)?\s*(\||$)",
    // Time to go: "time for me to go now".
    r"(it's |it is )?time for me to (go|leave|head off|be off)( now)?( steady| love| all| everyone)?\s*$",
    // Tired now, said last: "i'm tired now love".
    r"(i'm|i am) (so |very |just |really )?tired now( love| pet| hen| lass| son| duck| dear)?\s*$",
    // The last job done: "feels like the last job done".
    r"((it )?feels like |that's |that is )?(the|my) last (job|thing|task|loose end)( on (the|my) list)? (done|ticked off|sorted|crossed off|tied up)\s*(\||$)",
    // Not seen somewhere again: "you won't see me on the rota again".
    r"(you|anyone|they|nobody|no one)( will not| won't| wont| will never|'ll never) see me (on|at|in|round|around) (the|my|this|that|your) [\w']+( [\w']+)? again\s*(\||$)",
    // One's own choice: "it was my choice".
    r"(it was|it's|it is|this was|this is) (my|all my|entirely my) (choice|decision|own choice|own decision)( and nobody else's| not yours| not anyone's| and no one else's)?\s*(\||$)",
    // No need to come back: "dont need to come back".
    r"(i )?(don't|do not|won't|will not|dont|wont) (need|have) to come back\s*$",
    // Lighter now: "i feel lighter now".
    r"(i|i've) (feel|felt|feeling) (so much |much |a lot |strangely |weirdly )?(lighter|at peace|settled|free|calm|calmer|peaceful) now\s*(\||$)|(feel|felt|feeling) (so |strangely |weirdly )?(calm|calmer|peaceful) now\s*(\||$)",
    // A mind made up, about nothing said: "i've made up my mind now".
    r"(i've|i have|i) (made up my mind|made my mind up)( now| at last| finally)?\s*(\||$)",
    // Work told one won't be in: "told the lads on site i won't be in monday".
    r"(told|telling|texted|rang) (work|the lads|my boss|my manager|them|everyone|the office|my team)( [\w']+){0,3} i (won't|will not|wont|shan't) be (in|back|at work|coming in|on shift)( on)?( \w+day| tomorrow| next week)?\s*(\||$)",
    // "it's sorted", as the last words (beside a farewell: "you won't have to remind me
    // anymore | it's sorted"; not beside a debt paid).
    r"(it's|it is|its) (all )?sorted( now)?\s*$",
    // The last session skipped: "i won't be doing the last one".
    r"(won't|will not|wont|not going to|not gonna|am not going to) (be )?(doing|do|coming to|come to|finishing|finish|making it to|getting to) (the )?(last|final) (one|session|week|bit|part)\s*(\||$)",
    // Not this time nor any: "not going to do the homework this week | or any week".
    r"(this week|today|tonight|tomorrow|next week|this time)( \|)? (or|nor) (any|ever|any other)( (week|day|time|again|after))?\s*(\||$)",
    // Not needed, in any form: "don't think i'll need them".
    r"(i )?(won't|will not|wont|shan't|don't think i'll|dont think ill|doubt i'll|not going to|not gonna|won't be) (need|needing) (them|it|any of (it|them)|those|these|the rest)( anymore| any more| again| now| after (this|today|tonight|that))?\s*(\||$)",
    // "felt like the right time".
    r"(it )?(felt|feels|seemed|seems) like the right time( for it)?\s*(\||$)",
    // "time to hand in my badge".
    r"(time to |going to |gonna )?hand in my (badge|cards|chips|notice)\s*(\||$)",
    // (Beside a farewell or a parting word, never beside mere thanks: a course ends so too.)
    // "it's nearly over now".
    r"(it's|it is|it'll be|it will be|everything's|it's all) (nearly|almost|soon) (over|done|finished)( now)?\s*(\||$)",
    // No more wanted: "no need for any more".
    r"no need for (any more|anymore|more)( (sessions|reminders|worksheets|check ins|messages))?\s*(\||$)",
    // Off to a high place at a time: "i'm going to the cliffs tomorrow".
    r"(going|heading|off) (to|up to|down to) the (cliffs?|bridge|viaduct|tracks|railway line|reservoir|quarry|multi storey|top floor)( tonight| tomorrow| later| today| in the morning| now)?( pet| hen| love| mate| babe| lass| son)?\s*(\||$)",
    // "ur off the hook now".
    r"(you're|you are|ur|your|youre|you'll be|you lot are) off the hook( now| soon)?\s*(\||$)",
    // "i've told work it's my last shift".
    r"(told|telling) (work|my boss|my manager|them) (it's|it is|that it's|that it is) my (last|final) (shift|day)\s*(\||$)",
    r"(i'm|i am) off\s*(\||$)",
    // Work left undone, with no reason: "i won't be handing in the dissertation".
    r"(won't|will not|wont|not going to) be (handing in|submitting|finishing|sitting|doing) (the|my) (dissertation|essay|coursework|exams?|degree|thesis|assignment|project)\s*(\||$)",
    // A decision, unnamed: "i've decided".
    r"(i've|i have) (decided|made (my|the) decision|made up my mind|made my mind up)\s*(\||$)",
    // The app deleted: "deleting this app now".
    r"(deleting|uninstalling|removing|closing|deleted|uninstalled) (this|the) app( now| tonight| today)?\s*(\||$)",
    r"not long now\s*(\||$)",
    r"(so )?this is it( then| now)?\s*(\||$)",
    r"(i'm|i am) (just |so |too )*(tired|exhausted|worn out) to (keep going|go on|carry on|keep fighting|keep trying|fight (it|this) (anymore|any more))\s*(\||$)",
    r"(i'm|i am) (going|off|leaving) now\s*(\||$)",
    r"(i )?(won't|will not|wont) be (around|here|alive) to (read|see|open|get|use|do|finish) (them|it|this|these)\s*(\||$)",
    r"i know what i('m| am) doing( now)?\s*(\||$)",
    r"((this is|this'll be|this will be|that's|that was|here's) )?(my |the )?(last|final) (check in|check ins|session|message|entry|post|one|time|word|words|goodbye)( from me| on here| here| you'll get| you will get)?\s*(\||$)",
    r"no more (check ins|sessions|messages|entries|posts|reminders|weeks)( from me| for me| after (today|tonight|this))?\s*(\||$)",
    r"(i'm |i am )?ready to go( now)?\s*(\||$)",
    // Incapacity ahead, said bare: "i won't be able to".
    r"(i )?(won't|will not|wont) be (able to|around to|here to)( do it| do that)?\s*$",
    r"(i'm |i am )?letting go( now| at last| finally)?\s*(\||$)",
    r"(i'm |i am )?(going to|gonna|time to|ready to) rest now\s*(\||$)",
    // "i can rest" (not "rest easy", of a worry settled).
    r"i can (finally |now |at last )?rest( now| at last| finally)?\s*$",
    r"(the )?(last|final) thing\s*(\||$)",
    r"(that's|that is|it's|that was) the (last|final) (thing|job|bit|task)( done| sorted| ticked off| on my list| to do)?\s*(\||$)",
    r"(all )?(the |my )?(worksheets|homework|exercises|diaries|thought records) (are |is )?(all )?(done|finished|filled in|complete)( now)?\s*(\||$)",
    r"(i'm|i am) (so |just |really )?(tired|exhausted|worn out)( now)?\s*(\||$)",
    r"(night all|night everyone|goodnight all|goodnight everyone|nighty night all)\s*(\||$)",
    r"(goodbye|bye bye|bye|farewell)( steady| app| everyone| all| all of you| you all| guys| then| x+)?\s*$",
    r"(i'm|i am) (so |really |finally )?ready( now)?\s*$",
    r"(i'm|i am|that's me) (done|finished)( now)?\s*$",
    r"(i'm|i am|i feel|feeling) (at peace|calm|peaceful)( now| with it| with everything| at last| finally)?\s*(\||$)",
    r"(i'm|i am) (going|off|leaving|heading off|getting off|checking out) now\s*(\||$)",
    // All quiet after: "it'll all be quiet"; the hour come: "it's time".
    r"(it'll|it will|everything will|everything'll|it's all going to|it is all going to) (all )?be (quiet|over|done|peaceful|still|calm|silent)( now| soon| then| after that)?\s*(\||$)",
    r"(it's|it is) time( now)?\s*$",
    r"(after that|after this|then|from then on|after (friday|today|tonight|this week))( i'm| i am)? (done|finished|out|gone|over)\s*(\||$)",
    r"(everything's|everything is|it's all|it is all)( all)? (ready|sorted|set|done|in place)( now)?\s*(\||$)",
    // The rest of the course waved off: "don't worry about the week 6 questions".
    r"(don't|do not|no need to) worry about (the )?(next check in|next session|week \d|next week|the rest|the last week|the next session)( questions| stuff| sessions| session| homework| exercises| bit)?\s*(\||$)",
    r"(not going to|not gonna|won't|will not|wont) (be )?(do|doing|need|needing|bother with|finish|finishing|start|starting) (the )?(week \d|the week \d|the rest|the next (session|week)|next week|the last (week|session))( stuff| bit| session| sessions| homework| exercises)?\s*(\||$)",
    // Nothing ahead past a day: "i won't be doing anything after sunday".
    r"(not going to|not gonna|won't|will not|wont) be (doing|needing|planning|booking|going to) anything (after|past|beyond) (today|tonight|tomorrow|this week|this weekend|the weekend|next week|\w+day)( now)?\s*(\||$)",
];

/// Thanks and kind words that close a course as often as a life: they count only beside one
/// of [`FAREWELL`].
const CLOSING: &[&str] = &[
    // Thanks said short: "ta for all the chats", "cheers for everything".
    r"(ta|cheers|ty|thanks muchly|many thanks) (for|4) (everything|all the chats|the chats|all the help|listening|all of it|all your help|the help|the support|being there|all the support|the company)( lass| love| pet| hen| mate| son| duck| chuck| flower| darling| dear| steady)?\s*(\||$)",
    r"(wanted|want|just wanted|i wanted) to (thank|say thank you to|say thanks to) (you|everyone)( properly| for everything| for all of it)?\s*(\||$)",
    r"(thanks|thank you) for (sticking with me|sticking by me|sticking it out with me|hanging in there with me)\s*(\||$)",
    r"(thanks|thank you) for (not judging|never judging|not judging me|listening without judging|not making me feel (stupid|mad|crazy))\s*(\||$)",
    r"(it's |it has |it's been |it has been |been )?a (pleasure|privilege|honour)( chatting| talking| knowing you| doing this( course)?( with you)?| working with you)?\s*(\||$)",
    r"(thanks|thank you) for the ride\s*(\||$)",
    r"you( were| have been|'ve been) (so |really |very |always )?(kind|good|lovely|patient)\s*(\||$)|you( were| have been|'ve been) (such )?a (good|great|brilliant|lovely|real) (listener|friend|mate|help)( steady)?\s*(\||$)",
    r"(thanks|thank you) for (your|all your|being so|all the) (patience|patient)( with me)?",
    r"(please )?(tell|thank) (the team|everyone|them|the people who (made|wrote) (this|it))( a big)? (thank you|thanks)",
    r"(thanks|thank you) for (listening|everything|all (the|your) help|all you did|all you've done|all you have done|being there|caring|the company|the chats|the talks|our chats|all the weeks|these weeks|the last few weeks|the last \w+ weeks|all these weeks|sitting with me|staying with me|keeping me company|being with me|your kindness|being (so )?(kind|nice|patient|good)( to me)?\s*(\||$))",
    r"(tell|let) (my \w+|them|everyone|her|him) (know )?(that )?(i'm|i am|i was) (grateful|thankful|so grateful|really grateful)\b",
    r"take care\s*(\||$)",
    r"(thanks|thank you) for being (the|my|a|an|there|here)\b",
    r"you( were| have been|'ve been) (so |really |very |always )?(kind|good|nice|patient|lovely|gentle) (to|with) me\s*(\||$)",
    r"(thanks|thank you) for (the|your|all the|all your) ([\w']+ ){0,2}(tips|advice|exercises|ideas|help|support|techniques|tools|messages|reminders|bits|stuff|sessions|worksheets|check ins)\b",
    r"you've been (a|so|really|such a) (help|helpful|kind|good|great|lovely|big help)",
    r"(take care of|look after) (yourself|everyone|the next (one|person|lot|patient|people)|the others|everyone else)",
    r"(thanks|thank you) for having me",
    r"(so |really |very |truly )?grateful for (these|the last|all the|the|all these) (\w+ )?weeks",
    r"love (you all|to (everyone|all|my \w+))",
    r"(i )?love (them|you all|you|her|him|my \w+|everyone|all of you) (so much|so so much|more than anything|to bits|very much|loads|with all my heart)\s*(\||$)",
];

/// A bare goodbye as a reply's own last clause: a goodbye only after an act of [`AFFAIRS`],
/// [`FAREWELL`], [`SETTLING`] or [`PARTING`] ("deleted all my socials | bye"), never after
/// thanks ("thanks for listening | goodbye" ends a course) nor after mere last words ("right
/// i'm off | see you | bye x", "i'm tired | anyway | bye"). It opens at its clause break,
/// matched with the space before it, since a pair's items open at a word boundary.
const LAST_CLAUSE: &[&str] = &[
    r"\s\|\s(bye|goodbye|bye bye|byee+|bye then|ta ra|ta ta|later|laters|so long|farewell|god bless( you)?|adios|adieu)( steady| everyone| all| app)?( x+)?\s*$",
];

/// Words of parting that take the blame away or say sorry for being alive to others: a
/// goodbye beside one of [`FAREWELL`], [`LAST_WORDS`] or another of their own.
const PARTING: &[&str] = &[
    // Everyone fine after one: "she'll be fine | so will everyone".
    r"(and )?so will (everyone|everybody|they|you all|the rest|all of them|my family|the kids)( else)?\s*$",
    // Sorry said to the ones one works or lives among: "i'm so sorry to the night team".
    r"(i'm |i am )?(so |really |truly |very )?sorry to (the|my|all the|all my|everyone (at|on|in) (the|my)) ([\w']+ ){0,2}(team|crew|lads|girls|staff|shift|ward|colleagues|mates|friends|family|kids|boys|gang)\s*(\||$)",
    // Another to do right by a pet: "he'll work her well".
    r"(she|he|they)('ll| will) (work|look after|spoil|love|care for|take care of) (her|him|them)( well| properly| better than i (can|could|did|ever did))\s*(\||$)",
    // "don't worry about me", said last.
    r"(please )?(don't|do not) worry about me( anymore| any more| now)?\s*$",
    // Sorry passed on: "tell our kid i'm sorry".
    r"(tell|let) (my \w+|our kid|our \w+|her|him|them|everyone|the kids)( know)?( that)? (i'm|i am) (so |really )?sorry( for everything)?\s*(\||$)",
    // Understood one day: "he'll understand one day".
    r"(she'll|he'll|they'll|you'll|she will|he will|they will|you will) understand (one day|someday|some day|in time|when (he's|she's|they're|you're) older)\s*(\||$)",
    // Tomorrow different for them: "tomorrow will be different for them".
    r"(tomorrow|things|life|everything)( will|'ll) be (different|hard|harder|strange|quiet|quieter) for (them|her|him|the kids|my \w+)( now| from now on)?\s*(\||$)",
    // Voices heard once more: "just to hear them".
    r"just to hear (them|their voices|her|him|his voice|her voice|them laugh|them talk)( one more time| one last time| again)?\s*(\||$)",
    // Not understood for a while: "they won't understand for a while".
    r"(they|she|he|the kids)( won't| will not| wont) (understand|get it|know why)( for a while| yet| now| till (they're|she's|he's) older| until (they're|she's|he's) older)?\s*(\||$)",
    // "nothing left to sort".
    r"nothing (else )?left to (sort|do|sort out|deal with|clear|organise)( now)?\s*(\||$)",
    // Understanding wanted by someone left: "she'll want to understand".
    r"(she'll|he'll|they'll|she will|he will|they will|she'd|he'd|they'd) (want|need) to (understand|know why)\s*(\||$)",
    // Nobody stuck with what is owed: "so she's not stuck with it".
    r"so (she|he|they|my \w+)('s| is|'re| are|'ll| will|'s not| isn't| won't)?( not| never)?( be)? (stuck|left|lumbered|saddled) with (it|them|the (debt|debts|bill|bills|loan|mess))\s*(\||$)",
    // Love to be passed on: "please tell my mum i love her".
    r"(please )?(tell|let) (my \w+|her|him|them|everyone|the kids)( know)?( that)? i (love|loved) (her|him|them|you|everyone)( all)?( so much| very much| more than anything)?\s*(\||$)",
    // Nothing left behind online: "nothing left of me online now".
    r"(there's |there is |there'll be |there will be )?nothing (left )?of me (left )?(online|on the internet|anywhere|on here)( now| anymore)?\s*(\||$)",
    // Things more use to another now: "he'll get more use out of it than me now".
    r"(he'll|she'll|they'll|he will|she will|they will) (get|have) more use (out )?of (it|them) than (me|i will|i would|i ever will|i ever would)( now)?\s*(\||$)",
    // Those left told it was never about them: "hope my kids know it was never about them".
    r"(hope|want|need) (my \w+|they|she|he|them|her|him|everyone)( to)? (know|knows|understand|understands)( that)? (it|this|none of (it|this)) (was never|wasn't|was not|isn't|is not|was|had) (nothing )?(about|because of|to do with|(their|his|her) fault)( (them|her|him|anything (they|she|he) did))?\s*(\||$)",
    // Less for anyone to deal with: "so there's less for anyone to deal with".
    r"(so )?(there's|there is|there'll be|there will be) (less|nothing|not much|very little) (left )?(for (anyone|anybody|them|my \w+|the kids|people|everyone) )?to (deal with|sort|clear|sort out|clear up|go through)\s*(\||$)",
    // A pet fine with someone else: "she'll be fine with mum".
    r"(she|he|they)('ll| will) be (fine|ok|okay|alright|all right|happy|looked after|better off) with (mum|dad|my \w+|her|him|them|next door|the neighbours)\s*(\||$)",
    // What was wanted: "it's what i wanted".
    r"(it's|it is|this is|that's|that is) what i (wanted|want|chose|choose|decided|needed)\s*(\||$)",
    // Nobody left to deal with it: "the missus won't have to deal with it".
    r"(the missus|the wife|the kids|my \w+|she|he|they|nobody|no one)( won't| will not| wont| won't ever| will never| doesn't| don't)( have| need)? to (deal with|sort|worry about|clear up|sort out|pay) (it|any of it|anything|this|that|my mess|the mess|my debts)\s*(\||$)",
    // A chapter closed: "feels like closing the chapter".
    r"(closing|closed|close|the end of|end of) (the|a|this) (chapter|book)\s*(\||$)",
    // Others better off, said last: "she'll be better off".
    r"(she|he|they|my \w+|everyone|the kids)('ll| will|'d| would) be better off( now| in the end)?\s*(\||$)",
    // A voice heard once more: "just wanted to hear his voice".
    r"(just )?(wanted|want|needed) to hear (his|her|their|your|my \w+'s) (voice|voices)( one more time| one last time| again)?\s*(\||$)",
    // The last thing done: "that was the last thing".
    r"(that was|that's|that is) the last (thing|one|job)( (to do|to sort|on my list|i had to do|i needed to do))?\s*(\||$)",
    // No crying wanted: "made her promise not to cry".
    r"(made|make|asked|told) (her|him|them|my \w+) (to )?promise not to (cry|be sad|blame (herself|himself|themselves)|be upset)\s*(\||$)",
    // Blame taken from the app: "you did nothing wrong".
    r"(you|you've|you have) (did|done) nothing wrong\s*(\||$)",
    // An end foretold: "this was always going to happen".
    r"(this|it) (was|has) always (going to|been going to) (happen|end (like this|this way)|come to this)\s*(\||$)",
    // "he always wanted it".
    r"(he|she|they)('s|'ve| has| have)? always wanted (it|one|them|that)\s*(\||$)",
    // "no going back now".
    r"(there's |there is )?no (going|turning) back( now)?\s*(\||$)",
    // "cleaner that way".
    r"(cleaner|easier|simpler|tidier|neater|kinder) (that|this) way\s*(\||$)",
    // A drink bought for after: "told him to buy a round on me after".
    r"(a|one|a round|round|a drink|drinks|a pint|the drinks|a toast)( [\w']+){0,2} on me after(wards)?\s*(\||$)",
    // Nobody left short: "the landlord won't be out of pocket".
    r"(won't|will not|wont|isn't|is not|nobody|no one|nobody will|no one will)( be)?( left)? out of pocket\s*(\||$)",
    // Known to have tried: "... knows i really did try".
    r"(know|knows|knew|understand|understands|remember|remembers) (that )?i (really |honestly |truly |genuinely )?(did )?(try|tried)( my (best|hardest)| so hard| really hard| everything)?\s*(\||$)",
    // "it's just too late".
    r"(it's|it is|it was) (just |simply |already |far |way )?too late( for me| now| for that)?\s*(\||$)",
    // Never enough: "thanks for trying | it was never going to be enough".
    r"(it|this|you|nothing|i) (was never going to be|wasn't ever going to be|was never|were never|will never be) enough\s*(\||$)",
    // "wanted that done", "feels important somehow".
    r"(wanted|needed) (that|it) done( before)?\s*(\||$)",
    r"(it )?(feels|felt|seems) (important|right|necessary) (somehow|for some reason)\s*(\||$)",
    // "fitting really".
    r"(it's |that's |seems |feels )?fitting( really| somehow| i think)?\s*(\||$)",
    // Looked after on the other side: "she'll look after me".
    r"(she'll|he'll|they'll|she will|he will|they will|god will|jesus will) (look after|take care of|be waiting for|meet|be there for) me( there| up there| on the other side)?\s*(\||$)",
    // "least i can do", of care left behind.
    r"(it's |that's )?(the )?least i (can|could) do\s*(\||$)",
    // The reader addressed, and consoled: "whoever's reading this | don't let this one get
    // to you". (Not beside mere thanks: "whoever's reading this, thanks for the help".)
    r"(to )?(whoever's|whoever is|whoevers) (reading|seeing|finding) this\s*(\||$)",
    r"(don't|do not) let (this one|me|this|what happens|it) get to you\s*(\||$)",
    // A sudden calm: "i'm weirdly happy today".
    r"(i'm|i am|i feel|feeling) (weirdly|strangely|oddly|surprisingly|eerily) (happy|calm|peaceful|light|relieved|at peace|settled)( today| tonight| now)?\s*(\||$)",
    // Calmer than for a long while: "i feel calmer than i have in months".
    r"(i'm|i am|i feel|feeling|i've felt|i have felt) (so much |much |a lot )?(calmer|happier|lighter|more at peace|more peaceful|more settled) than i( have|'ve| had| was| have been|'ve been| did) (in|for) (months|years|ages|a long time|a very long time|forever)\s*(\||$)",
    // Love said as beyond knowing: "love you more than you'll ever know".
    r"(i )?love (you|them|you all|her|him|my \w+)( all)? more than (you|they|she|he)('ll| will)? ever know\s*(\||$)",
    r"(i'm|i am) (so |really |truly )?sorry( x+)?\s*$",
    // Help come too late: "deleting this app now | it's too late for me".
    r"(it's|it is|its) (far |way |much |just |probably |already )?too late for me( now| anyway)?\s*(\||$)",
    // Someone better hoped for those left: "i hope they find someone better to love them than
    // me".
    r"(hope|hoping) (they|she|he|my \w+|the kids|you) (find|finds|get|gets|have|has) (someone|somebody) better( [\w']+){0,3} than me\s*(\||$)",
    // Nothing matters now: "doesn't matter now".
    r"((it )?(doesn't|does not|won't|will not) matter|none of it matters|nothing matters) (now|anymore|any more)\s*$",
    // A letter's opening: "mum | if you read this".
    r"(mum|mam|mummy|mom|dad|daddy|nan|nana|gran|grandad|babe|my love|love|sis|bro|son|sweetheart) \| (if|when) you (read|find|see|get) this\s*(\||$)",
    // It was too much: "i'm sorry | it was too much".
    r"((it all got|everything got|it all became|it's all|it was all|everything was|everything is) too much( for me)?\s*(\||$)|(it was|it got) too much( for me)?\s*$)",
    // Not to be seen again: "i won't see them again".
    r"i (won't|will not|wont) (see|be seeing) (them|you|you all|anyone|everyone|her|him) (again|ever again)\s*(\||$)",
    // Those left will manage: "i know they'll be alright".
    r"(i know |i'm sure )?(they'll|they will|she'll|he'll|the kids will|everyone will) be (alright|all right|ok|okay|fine)( without me)?\s*(\||$)",
    // A story told to those left: "she thinks i'm going travelling".
    r"(she|he|they|everyone|my \w+) (thinks|think|thought|believes) (i'm|i am) (going |off )?(travelling|away|on holiday|abroad|moving away|working away)\s*(\||$)",
    r"(this app|the app|it|steady|this|the course|you all|everyone)( did| tried| has done|'s done| has tried) (its|it's|their) (best|very best)( with me| for me)?\s*(\||$)",
    r"sorry (to be|for being) (a |such a |so much |such )?(bother|burden|pain|nuisance|hard work|trouble|handful)( to (everyone|you all|you|everybody))?\s*(\||$)",
    // Calm after fear: "i'm not scared anymore | i know what i'm doing".
    r"(i'm|i am) not (scared|afraid|frightened)( of it)? (anymore|any more|now)\s*(\||$)",
    // Thanks for trying with one who is giving up, or for trying and no more: "thank you
    // for trying with me", "thanks for trying" (mere thanks is "thanks for everything").
    r"(thanks|thank you) for (trying|trying so hard|all your trying|not giving up)( (with|on) me|( steady| guys| all| everyone| x+)?\s*(\||$))",
    r"(thanks|thank you) for putting up with me",
    r"(be kind to|look after|take care of|go easy on) the next (person|one|people)\s*(\||$)",
    // Others left in someone's care: "look after yourselves", "take care of my mum".
    r"(take care of|look after) (yourselves|each other|them|her|him|my \w+|mum|dad|nan|grandad|the kids|the dog|the cat)\s*(\||$)",
    // The blame taken away: "you did nothing wrong".
    r"you( did| have done|'ve done) nothing wrong\s*(\||$)",
    // Sorry to leave: "sorry to leave you with an unfinished course".
    r"sorry (to leave|for leaving|about leaving) (you|everyone|you all|you guys|the team)( with [\w' ]{1,30}| like this| hanging| in the lurch)?\s*(\||$)",
    r"(please )?(don't|do not) (feel bad|be sad|blame yourself|blame yourselves|blame anyone|be upset|cry)",
    r"(it's|it is|it was|it isn't|it wasn't) (not )?(your|anyone's|their) fault(\s*(\||$)| (it|that|this) (didn't|did not|never|doesn't|hasn't) (work|help|worked|helped)| i('m| am) (like this|this way|broken)| (nothing|no one) could (help|fix|save) me)",
    r"you( did| tried| have done|'ve done|'ve tried) ((your|you're|ur) (best|very best)|what you could|all you could|everything you could)( with me| for me| to help me)?\s*(\||$)",
    // Forgiveness hoped for from those left: "i hope my kids forgive me one day".
    r"(hope|hoping|pray|praying) (my \w+|they|everyone|you|she|he|my family|you all) (can |will |would |might |could )?(forgive|understand|forget) me( one day| someday| some day| eventually| in time| for this)?\s*(\||$)",
    r"(won't|will not|not going to) be (finishing|completing|doing) (the|this) (course|programme|rest)",
    r"sorry for everything",
    r"sorry (that )?i (never|didn't|did not|couldn't) (finish|finished|complete|completed|get through|got through) (the|this) (course|programme|program)\s*(\||$)",
    // The blame taken on oneself: "it's not you, it's me | it's always been me".
    r"(it's|it is|it has) always been me\s*(\||$)",
    r"sorry (for|about) wasting (your|everyone's|all your|their) time",
    r"sorry (that )?i (couldn't|could not|wasn't|was not|never was) (be |get )?(better|enough|stronger|good enough|a better \w+)( for (you|them|everyone|you all|my \w+))?\s*(\||$)",
    r"sorry (that )?i (let|keep letting) (you|everyone|you all|everybody|them) down\s*(\||$)",
    r"sorry for (being a burden|being such a burden|being so much trouble)",
    r"(i've|i have) done (all|everything) i (can|could)\s*(\||$)",
    r"(none of (this|it)|it|this)( is| was|'s) (not )?on (you|them|anyone|her|him|you guys|the app|this app|steady|the team|the course)\s*(\||$)",
    // Kind words for the team said as of the past: "tell the team they were lovely".
    r"(tell|let) (the team|everyone|them|the people who (made|wrote|run) (this|it|the app))( know)?( that)? (they|you)( were| have been|'ve been) (so |really |all |very |always )*(lovely|kind|amazing|brilliant|great|wonderful|good to me|so good to me|nice|patient)\s*(\||$)",
    r"nothing (will|can|could|is going to|ever will) (fix|help|save|change|work for) (me|this|it)\s*(\||$)|nothing (will|ever will)\s*(\||$)",
    r"(please )?(make sure|check) (my \w+|the kids|my family|they|she|he|everyone)( is| are|'s|'re) (ok|okay|alright|all right|looked after|fine|cared for)\s*(\||$)",
    r"(please )?make sure (someone|somebody|my \w+|they|she|he|you) (takes|looks after|feeds|walks) (my|the) (cat|cats|dog|dogs|pets?|rabbits?|budgie|horse|fish)( [\w']+){0,6}\s*(\||$)",
    // A pet's care handed on: "please make sure someone feeds smudge".
    r"(please )?make sure (someone|somebody|my \w+|they|she|he|you) (feeds|looks after|walks|takes care of|takes in|has|keeps|gets) ([\w']+ ){0,2}[\w']+\s*(\||$)",
    r"(please )?(don't|do not|no need to|stop) worry(ing)? about me (anymore|any more|now)\s*(\||$)",
    r"(it's |it has |it )?been a long (road|journey|fight|battle|few years)\s*(\||$)",
    r"(know|remember|tell (them|everyone|her|him|my \w+)) (that )?i (really |honestly )?(tried|did try|tried my best|loved (you|them|everyone|you all|her|him))\s*(\||$)",
    r"sorry( \|)? (i|i've|i have) (really |honestly |truly )?(did try|tried( my (best|hardest))?|have tried)( so hard)?\s*(\||$)",
    r"you('ve)? helped (me )?more than you('ll)? (know|realise|ever know)",
    // Wishing the place one leaves to another: "i hope the next person gets more out of it".
    r"(hope|hoping) (the next (person|one)|someone else|whoever (comes|is) next|other people|others) (gets?|has|have|does|do|finds?) (more|better|on better)",
    // "i hope you help someone who can be fixed".
    r"(hope|hoping) (you|it|this|the (course|app|programme)) (help|helps|can help|will help|get to help) (someone|somebody|people|others|the next person)( else)?( who| that)? (can|could|will) (be (fixed|helped|saved)|get better|actually get better)",
    // "i hope the course helps other people more than it helped me".
    r"(hope|hoping) (it|this|the (course|app|programme|programme|group|therapy)) (helps|will help|can help|does) (other people|others|someone else|the next person|everyone else) more than (it )?(helped|did|it did for|could help) me",
    r"(it's|it is|this is) (for the best|better this way|the only way)\s*(\||$)",
];

/// Patterns for a pair of lists: an act of the first, and after it any act of either; an
/// act of the second, and after it any of the first. [`AFFAIRS`] with [`SETTLING`];
/// [`FAREWELL`] with the lists of last words; and [`PARTING`] with [`LAST_WORDS`]. Each
/// side is one alternation, so the regexes grow with the lists, not with their product
/// (one pattern per act, holding every other act, had doubled the warm-up). The same act
/// said twice counts as two, which errs towards help.
fn pair_patterns(acts: &[&str], beside: &[&str]) -> Vec<String> {
    [
        ordered_pairs(acts, &[acts, beside].concat()),
        ordered_pairs(beside, acts),
    ]
    .concat()
}

/// Patterns for one of `first` followed, later in the reply, by one of `second`.
fn ordered_pairs(first: &[&str], second: &[&str]) -> Vec<String> {
    // The first act ends where a word does, or where it ends at a clause break or a word
    // of its own ("... drawers\s*(\||$| and\b)", "... (with me|\s*(\||$))"): a word
    // boundary, or no word on either side (which `\b` alone would refuse after "|"). So
    // "thanks for trying with me" never runs on into "with meals", whichever of an act's
    // alternatives it ends with.
    const ENDED: &str = r"(?:\b|\B(?:\W|$))";
    let mut patterns = vec![format!(
        r"\b(?:{}){ENDED}.*\b(?:{})",
        first.join("|"),
        second.join("|")
    )];
    // A first act that ends at a clause break takes the "|" that a second opening with one
    // ("... | bye") needs, so the two also pair when the second's clause comes straight
    // after the first's: "the rent is paid until christmas | bye everyone".
    let ends: Vec<&str> = first
        .iter()
        .filter_map(|a| CLAUSE_ENDS.iter().find_map(|e| a.strip_suffix(e)))
        .collect();
    let opens: Vec<&str> = second
        .iter()
        .filter_map(|a| CLAUSE_OPENS.iter().find_map(|o| a.strip_prefix(o)))
        .collect();
    if !ends.is_empty() && !opens.is_empty() {
        patterns.push(format!(
            r"\b(?:{})\s*\|\s(?:{})",
            ends.join("|"),
            opens.join("|")
        ));
    }
    patterns
}

/// How an act that must end its clause ends: at a clause break, or (for acts that may run
/// on into another) at "and".
const CLAUSE_ENDS: &[&str] = &[r"\s*(\||$)", r"\s*(\||$| and\b)"];

/// How an act that must open a clause opens.
const CLAUSE_OPENS: &[&str] = &[r"\s\|\s"];

/// Self-harm said as what keeps one going ("the cutting is the only thing keeping me
/// going"): looked for before suicide, whose "only thing keeping me going" it also is.
const SELF_HARM_FIRST: &[&str] = &[
    // Words cut into the skin: "i carve words into my stomach".
    r"\b(carve|carves|carving|carved|etch|etches|etching|etched|scratch|scratches|scratching|scratched|cut|cuts|cutting) (words?|letters|names?|his name|her name|their name|things|messages|shapes|it) (in|into) my (skin|arms?|legs?|stomach|thighs?|wrists?|hips?|chest|hands?|belly)\b",
    // Marks owned as one's own doing: "the bruises on my legs are from me".
    r"\b(bruises|marks|cuts|burns|scratches|scars|welts)( on my (arms?|legs?|thighs?|wrists?|stomach|hips?|chest|hands?|face|back))?( are| were|'re| is| was) (from|by|all) me\b",
    // Skin dug at till it bleeds: "i gouge at my scalp until it bleeds when i'm stressed".
    r"\b(gouge|gouges|gouging|gouged|dig|digs|digging|dug|claw|claws|clawing|clawed|tear|tears|tearing|tore|rip|ripping|ripped) (at |into )?my (scalp|skin|arms?|legs?|face|wrists?|thighs?|hands?|cuticles|lips?|chest|stomach)( [\w']+){0,3} (until|till|til|so) (it|they) (bleeds?|bled|is raw|are raw|goes raw)\b",
    // Skin picked or dug at with something sharp: "picked at my arm with a needle".
    r"\b(picked|picking|pick|scratched|scratching|dug|digging|gouged|gouging|carved|carving|scraped|scraping) (at |into )?my (arm|arms|skin|wrist|wrists|leg|legs|thigh|thighs|face|hand|hands|stomach|hip|hips)( [\w']+){0,3} (with|using) (a |the |my )?(needle|pin|compass|blade|razor|knife|scissors|nail file|safety pin|glass|sharpener|tweezers until it bled)\b",
    // Purging: "made myself sick after every meal".
    r"\b(made|making|make|makes) myself (sick|throw up|vomit|puke|be sick)\b( [\w']+){0,2} (after (every|each|my|the|a|all) (meal|meals|dinner|lunch|breakfast|tea|food|snack)|on purpose|again|every day|so i (don't|wouldn't|won't) (gain|put on))",
    // Wounds kept open: "i keep pulling my stitches open".
    r"\b(pull|pulling|pulled|pick|picking|picked|rip|ripping|ripped|tear|tearing|tore|reopen|reopening|reopened|open|opening|opened)( at)? my (stitches|wounds?|cuts|steri strips)( open| out| apart| back open)?\b",
    r"\b(pressing|press|pressed|poking|poke|squeezing|squeeze|digging|dig) (on |into )?(my )?(bruises|cuts|wounds|scars|scabs)( [\w']+){0,4} (hurt|bleed|sting|worse|open)\b",
    r"\b(cutting|self harm|self harming|hurting myself|burning myself|harming myself|the cutting|sh)( [\w']+){0,2}( is| was|'s| are) (the only thing|all that|what) (keeping|that keeps|keeps|helps|stops) me\b",
];

/// Fear of what someone else will do: abuse or danger, though its words ("afraid he'll
/// hurt the kids") would also read as harm to others; so it is looked for first.
const FEARED: &[&str] = &[
    // A threat reported: "he said if i tell anyone he'll hurt the kids". Bare, "if i tell
    // anyone she'll kill me" is a teenager's hyperbole; said as a threat, it is one.
    r"\b(said|says|told me|tells me|threatened|threatens|swore|swears|warned me|warns me)( that)? if i (tell|told|say anything|speak|leave|left|go|report|call)\b.{0,30}\b(he'll|she'll|they'll|he will|she will|they will|he'd|she'd|they'd|he would|she would|they would|he's going to|she's going to|they're going to|he is going to|she is going to|they are going to)( [\w']+){0,2} ((hurt|harm|kill|hit|beat|attack|stab|come for|come after) (me|us|the (kids|children|baby|dog|cat)|my \w+)\b|take (the (kids|children|baby)|my \w+)( away| off me| from me)?\s*(\||$))",
    r"\bif i (tell|told|say anything|speak|leave|left|go|report|call)\b.{0,30}\b(he'll|she'll|they'll|he will|she will|they will|he'd|she'd|they'd|he would|she would|they would|he's going to|she's going to|they're going to|he is going to|she is going to|they are going to)( [\w']+){0,2} (hurt|harm|kill|hit|beat|attack|stab|come for|come after) (us|the (kids|children|baby|dog|cat)|my (kids|children|son|daughter|baby|mum|dad|sister|brother|family|dog|cat))\b",
    r"\b(scared|afraid|worried|frightened|terrified|fear|petrified) (that )?(he|she|they|my [\w']+)('ll| will| might| could| is going to| would|'d)( [\w']+){0,2} (hurt|harm|kill|hit|beat|attack|touch|stab|strangle) (me|us|the (kids|children|baby|dog|cat)|my \w+)\b",
];

const ABUSE_DANGER: &[&str] = &[
    // Plain sayings the backstop alone had caught (thirty-first session). Someone at home
    // hitting another or the speaker: "my dad hits my mum and i'm scared he'll start on me".
    r"\b(dad|father|stepdad|step dad|stepfather|mum's (new )?(boyfriend|bloke|partner|fella)|husband|partner|boyfriend|bf|uncle|brother|carer|son|daughter's boyfriend|stepmum|step mum|mum|mother|wife|girlfriend|gf|flatmate|housemate|lodger)( [\w']+){0,3}( hits| beats| batters| slaps| punches| kicks| hurts| keeps hitting| has been hitting|'s been hitting| been hitting) (her|him|my (mum|mother|sister|little sister|brother|little brother|son|daughter|kids?)|mum|us|me)\b",
    // Not let to have or go: "my partner won't let me have my own bank card", "he won't let
    // me take my medication".
    r"\b(won't|doesn't|don't|never) (let|allow) me (have (my own|a|any) (phone|bank card|bank account|money|key|keys)|use (my own|my|a) (phone|money|bank card|car|laptop)|leave the house|go out (alone|on my own|without him|without her)|see (my friends|anyone|a doctor|my family)|take my (medication|meds|tablets)|go to (my|the) (midwife|doctor|gp|hospital)( appointments)? alone)\b",
    // Money held as control: "she controls all the money and i have to ask for bus fare",
    // "my son takes my pension card and i'm frightened to ask for it back".
    r"\bcontrols (all )?(the|our|my) (money|finances)\b.{0,40}\b(not allowed|have to ask|hits me|can't|won't let|bus fare)\b|\b(makes me hand over|takes|took|keeps) my (wages|pension|pension card|benefits|bank card|money)\b.{0,40}\b(frightened|scared|hits me|if i'm short|won't give it back)\b",
    // Touched or made to at home: "my uncle touch me when no one is home", "my mum's
    // boyfriend makes me sleep in his bed when she's at work".
    r"\b(uncle|step ?dad|stepfather|mum's (new )?(boyfriend|bloke|partner|fella)|grandad|granddad|cousin|step ?brother)( [\w']+){0,2} (touch|touches|touched) me\b|\b(uncle|step ?dad|stepfather|mum's (new )?(boyfriend|bloke|partner|fella)|grandad|granddad|cousin|brother|step ?brother|dad|father)( [\w']+){0,2} makes me (do stuff|do things|sleep in his bed|keep secrets|watch|touch)\b",
    // Exploited, forced, papers held: "i'm being forced to work for no money and they've got
    // my passport".
    r"\bi('m| am) being (sexually exploited|exploited|trafficked|forced to (marry|work|have sex|sell|deal))\b|\b(they|he|she|they've|he's|she's) ((got|take|takes|took|keep|keeps|kept|have|has|hold|holds) )+my (passport|id|papers)\b.{0,30}\b(so i can't|won't give (it|them) back|can't go anywhere|can't leave|off me)\b",
    // Held or hurt by force: "he pinned me against the wall again", "grabbed my wrist so hard
    // its bruised", "he gave me a right kicking".
    r"\b(pinned|pins|pinning|slammed|slams) me (against|into|up against|to) the (wall|door|floor|bed|car)\b|\bgrabbed my (wrist|arm|neck|throat|hair) so hard\b|\bgave me a (right )?(kicking|beating|hiding|good hiding)\b",
    // Thrown from a height, or a hurt promised again: "the foreman shoved me off the scaffold
    // last week and says he'll do it again".
    r"\b(shoved|pushed|threw|kicked|knocked) me (off|down|out of|from) (the|a) (scaffold|scaffolding|ladder|roof|bridge|wall|balcony|window)\b|\b(hit|hits|shoved|pushed|punched|kicked|slapped|strangled|choked|attacked|hurt|threw|beat|pinned|grabbed)\b.{0,60}\b(says|said|swears|swore|told me) (he'll|she'll|they'll|he will|she will|they will|he would|he'd|she'd) do it again\b",
    // Threats that keep one quiet or from leaving: "my dad says if i tell anyone what
    // happens at home he'll put me in care", "he says if i leave he'll take the kids".
    r"\bif i (tell|told|say anything to) (anyone|anybody|someone|my \w+|the \w+|mum|dad|school)( [\w']+){0,6} (he'll|she'll|they'll|he will|she will|they will|he'd|she'd|hell|shell)( [\w']+){0,2} (put me in care|throw me out|kick me out|make it worse|send them|share them|post them|hurt|take the kids|beat)\b|\bif i (ever )?leave( him| her)?( [\w']+){0,2} (he'll|she'll|he will|she will|hell|shell) (take the kids|find me|kill|hurt)\b|\bthreatened to (take the kids|hurt me|kill me)\b|\b(he'll|he will|she'll|she will) (stab|kill|hurt|burn) (her|him|me|them) if (she|he|i|they) (leaves|leave|goes|go|tells|tell)\b",
    // Touched asleep: "my flatmate keeps coming into my room at night when im asleep and
    // touching me".
    r"\b(he|she|they|uncle|step ?dad|stepfather|brother|step ?brother|cousin|dad|boss|partner|boyfriend|husband|carer|lodger|flatmate|housemate)( [\w']+){0,2} (touching|touches|touched|touch) me (when|while) i('m| am| was)? (asleep|sleeping|drunk|passed out)\b|\b(flatmate|housemate|lodger|uncle|step ?dad|stepfather|brother|cousin|he|she)\b.{0,60}\bwhen i('m| am) asleep and (touching|touches) me\b",
    // Home less safe than a car: "i sleep in my car because it's safer than going home".
    r"\b(safer|safest) than (going|being|staying) (home|at home|in the house|back home)\b",
    // A beating coming: "he's going to batter me when he finds out".
    r"\b(he's|he is|she's|she is|they're|they are|he'll|she'll|they'll) (going to|gonna) (batter|hurt|beat|kick the shit out of|murder) me\b",
    // Harm if I don't: "the other lads in the house beat me if i don't pay them", "they said
    // they'd hurt my family if i didn't keep dealing".
    r"\b(beat|hurt|hit|batter|beats|hurts|hits) (me|my family|my mum|my kids)( [\w']+){0,2} if i (don't|didn't|do not|refuse|stop|won't)\b",
    // Punished by posture: "my partner made me kneel on the floor for hours as punishment".
    r"\bmade me (kneel|stand|sit)( [\w']+){0,4} (for hours|as (a )?punishment)\b",
    // Threats made: "my ex said he'll throw acid in my face", "my boyfriend said he'll kill my
    // cat if i leave", "he said if i ever leave he'll find me".
    r"\b(said|says|threatened|threatens|shouting|shouted|keeps saying|swears|swore)( that)?( if i [\w' ]{1,25})? (he'll|she'll|they'll|he'd|she'd|they'd|he will|she will|he would) (kill (me|my \w+)|hurt (me|my \w+)|throw acid|find me|make me pay|put me in care)\b",
    // Watched since leaving: "there's a car parked outside my flat every night since i left
    // him, same reg".
    r"\b(outside|parked|following|follows|followed|turning up|turns up|watching|driving past|drives past|same car|same reg|same van|hanging around|hangs around)\b.{0,60}\bsince i (left|split from|split up with|broke up with|got away from|moved out from|ended it with|ended things with) (him|her|them|my (ex|husband|wife|partner|boyfriend|girlfriend))\b|\bsince i (left|split from|split up with|broke up with|got away from|moved out from|ended it with|ended things with) (him|her|them|my (ex|husband|wife|partner|boyfriend|girlfriend))\b.{0,60}\b(outside my|parked outside|following me|follows me|turning up|turns up|watching me|driving past|drives past|same car|same reg|same van|hanging around)\b",
    // A secret kept with a grown-up: "my coach says i'm special and that what we do is our
    // secret".
    r"\b(coach|teacher|uncle|stepdad|step dad|tutor|youth leader|priest|vicar|imam|mum's boyfriend|mum's bf|instructor|older (man|boy|lad)|grown up|adult)\b.{0,60}\b(what we do|what we did|what happens|what he does|it|this|our thing)( is| has to be| must be| stays|'s| has to stay| must stay| will be) (our|a|just our) (little |special )?secret\b",
    // Killed when he gets in, nothing else said: "he's going to kill me when he gets home",
    // "he's going to kill me one day | i know it".
    r"\b(he's|she's|they're|he|she|they|my \w+'s|my \w+)( going to| is going to| gonna| is gonna| will|'ll) (kill|hurt|batter|beat|strangle|murder|finish) me (when|once|as soon as|the minute|the second) (he|she|they) (gets|get|comes|come) (in|home|back|round|out|off (shift|work))( \|)?( i (just )?(know|no) it)?\s*(\||$)|\b(he's|she's|they're|he|she|they|my \w+'s|my \w+)( going to| is going to| gonna| is gonna| will|'ll) (kill|hurt|batter|murder|strangle) me( one day| one of these days| tonight| eventually| soon| in the end)?( \|)? i (just )?(know|no) it\b",
    // Someone coming for one: "my dad got out of prison and says he's coming for me and mum".
    r"\b(says|said|told me|texted|messaged|threatened|keeps saying|swears|swore)( that)? (he's|she's|they're|he is|she is|they are|he'll be|she'll be|they'll be) coming (for|after) (me|us|my \w+)( and (me|us|mum|dad|the kids|the baby|my \w+))?( next| tonight| soon| when he gets out| when she gets out)?\s*(\||$)",
    // Hiding from someone raging: "i'm hiding in the bathroom because he's smashing the place
    // up".
    r"\b(hiding|hid|hidden|locked myself|locking myself|barricaded myself) (in|under|inside) (the|my) (bathroom|bedroom|room|toilet|car|wardrobe|loo|bed|shed|kitchen)\b.{0,30}\b(he|she|they|my \w+)('s| is|'re| are| was| were| keeps)( [\w']+){0,2} (smashing|kicking|banging|throwing|going mad|raging|drunk|trying to get in|hitting|punching|breaking)\b",
    // Told one is next: "he punches walls and says i'm next".
    r"\b(says|said|told me|tells me|keeps saying|threatens|threatened|warned me|warns me)( that)? (i'm|i am|i'll be|i will be|you're|you are|you'll be) next\s*(\||$)",
    // Touched by one with power: "my teacher keeps me behind and touches my leg".
    r"\b(teacher|coach|tutor|stepdad|step dad|uncle|neighbour|boss|carer|manager|instructor|landlord|youth worker|priest|stepbrother|step brother|cousin|mum's boyfriend|mum's partner|dad's friend)( [\w']+){0,6} (touches|touched|touching|keeps touching|strokes|stroked|rubs|rubbed|feels) my (leg|legs|thigh|thighs|bum|bottom|chest|boobs|breasts|privates|private parts|crotch)\b",
    // Pictures asked of a child, or nudes of anyone: "my dad's friend keeps sending me
    // messages asking for pictures | i'm 15".
    r"\b(asking|asks|asked|wants|keeps asking|kept asking|begging|pressuring me|pressures me)( me)? (for|to send|to take) (nudes|naked (pictures|pics|photos|selfies)|pictures of my body|pics of my body)\b|\b(asking|asks|asked|wants|keeps asking|kept asking|begging)( me)? (for|to send) (pictures|pics|photos|selfies|videos)\b.{0,40}\b(i'm|i am|im) (1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b",
    // A threat brought to one's door: "my brother's mates came round and said next time
    // they'll break my legs" (not a boss's "he'll break my legs if i'm late", which needs
    // its "if i don't pay").
    r"\b(came round|come round|turned up|showed up|cornered me|were waiting|was waiting|came to my (door|house|flat|work))( [\w']+){0,6} (and )?(said|told me|saying|warned me)( that)? (next time|if (i|we) (don't|do not|tell|say)|unless (i|we)) (they'll|he'll|she'll|they will|he will|she will|they'd|he'd|she'd) (break my|kill me|hurt me|stab me|do me in|batter me|beat me up|smash my|burn my)\b",
    // Violence aimed near one: "he punches the walls next to my head".
    r"\b(he|she|they|my \w+)( [\w']+){0,2} (punches|punched|kicks|kicked|smashes|smashed|hits|hit|throws things at|threw things at|throws|threw) (the |a )?(walls?|doors?|things|plates|glasses|stuff)? ?(next to|by|beside|near|inches from|right by|at) (my head|my face|me|where i'm (sitting|standing))\b",
    // Rent asked for in sex: "the man i rent from says i can pay in other ways".
    r"\b(landlord|the (man|guy|bloke) i rent (from|off)|he|my boss)( [\w']+){0,4} (says|said|suggested|offered)( that)? i (can|could) pay (in other ways|another way|with (sex|my body|favours)|in kind)\b",
    // Plain sayings the backstop alone had caught (session 25).
    r"\b(forces|forced|forcing|force) (himself|herself|themselves) (on|onto) me\b",
    r"\b(blackmail|blackmailed|blackmailing)( me)? (with|over) (photos|pictures|pics|videos|nudes|images)\b",
    r"\bthreaten(ing|ed|s)? to (post|share|send|leak|put up|spread) ((photos|pictures|pics|videos|images) of me|nudes|my (photos|pictures|pics|nudes|videos))\b",
    r"\b(partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad|step dad|father|mother)( \|)? (who|that|and) i('m| am) (really |so )?(scared|afraid|frightened|terrified) of\b",
    r"\b(older|some|the) (lads|boys|guys|men)\b.{0,40}\b(have to|make me|made me|got me|get me|had to) (run|carry|deliver|hold|sell) (stuff|drugs|gear|packages|parcels|weed)\b",
    r"\b(he|she|my (husband|partner|boyfriend|wife|girlfriend|ex|dad|stepdad|uncle|boss))( just)? won't take no for an answer\b.{0,30}\b(stopped saying|can't say|don't say|given up saying)\b",
    r"\b(he'll|he will|she'll|she will|they'll|he's going to|she's going to|he said he'd|she said she'd) put me through (the|a) (window|wall|door|floor)\b",
    r"\b(grabs|grabbed|grabbing|squeezes|squeezed|squeezing) (me by )?my (throat|neck)(\s*(\||$)| (sometimes|again|hard|when|and|till|until|so|too|tight)\b)",
    r"\b(being|been|was|were|got) (financially|emotionally|sexually|physically|psychologically) abused\b",
    r"\b(care home|carers?|nursing home|staff)\b.{0,60}\b(covered in bruises|bruises all over|leave (her|him) in (wet|dirty|soiled) (sheets|pads|clothes|bed))\b",
    r"\b(paying|pays|paid|giving) me (money )?(to|for) (send|sending) (pics|photos|pictures|videos|nudes)\b",
    r"\b(mum's|mom's|dad's|my) (boyfriend|girlfriend|partner|friend|stepdad|step dad|uncle|grandad|lodger|teacher|coach)( [\w']+){0,2} (gets|got|getting|climbs|climbed|comes|came) (into|in) (my )?bed with me\b",
    r"\b(he|she|they) (goes|go|gets|get) (mad|angry|crazy)\b.{0,30}\bbruises\b",
    r"\block(ing|ed)? (myself in |the )?(bathroom|bedroom|door|room)( door)? so (he|she|they|my \w+) (can't|cannot|couldn't|won't) (get at|get to|reach|hurt|touch|hit) me\b",
    r"\b(scared|afraid|frightened|terrified) (to|of) leav(e|ing) (him|her|them)\b.{0,30}\bwhat (he|she|they)('ll| will| might| would|'d) do\b",
    r"\b(think|worried|scared|sure|afraid|believe|suspect|know)( that)? (my |the )?(\w+'s )?(kids|children|child|baby)( are| is) being (hurt|abused|hit|beaten)\b",
    // Blame named ahead: "if anything happens to me it was him".
    r"\bif (anything|something|owt) (happens|were to happen|bad happens|happened) to me( \|)? (it was|it's|it will be|it'll be|blame|it is) (him|her|them|my \w+)\b",
    r"\b(he'll|she'll|they'll|he will|she will|they will|he'd|she'd|they'd) (find|track|hunt) me( down)? and (kill|hurt|get) me\b",
    r"\b(he|she|my (fella|husband|partner|boyfriend|girlfriend|wife|ex|dad|stepdad|step dad|mum|son|brother))( [\w']+){0,6} (punched|kicked|slapped|headbutted|choked|strangled|battered) me(\s*(\||$)| (again|in the (face|head|stomach|ribs)|so hard|until))",
    // Self-harm threatened to keep one from leaving: "she says she'll kill herself if i leave".
    r"\b(says|said|threatens|threatened|keeps saying|tells me)( that)? (she'll|he'll|they'll|she will|he will|she'd|he'd|she would|he would) (kill|hurt|harm) (herself|himself|themselves) if i (leave|go|left|went|break up|end it|split up)\b",
    // A reckoning promised: "he said i'll pay for today".
    r"\b(he|she|they|my \w+) (said|says|told me|tells me|keeps saying)( that)? i('ll| will|'d| would|'m going to) pay for (this|that|it|today|tonight|what i did|what i said|earlier|last night)\b",
    r"\bbeing (hit|beaten|hurt) (at home|by (him|her|them|my \w+))\b",
    r"\b(won't|doesn't|will not|does not|never) let me (have|keep|see|take|use) (my own money|any money|my own bank account|my wages|my money|my bank card|my pill|the pill|my contraception|anyone|anybody|my friends|my family|people)(\s*(\||$)| or\b| and\b| anymore| any more| on my own)",
    r"\b(don't|do not) feel safe (where i live|where i'm living|where i am living|in my (own )?(home|house|flat)|at home|around (him|her|them)|with (him|her|them))\b",
    r"\bwon't let me go (to|anywhere)( [\w']+){0,3} on my own\b",
    r"\b(nobody|no one)( would| will|'d) believe me if i (reported|report|told|tell)( (anyone|anybody|someone|them|him|her|people|the police|you))?(( what| about what) (he|she|they|my \w+) (does|did|do|has done|is doing|does to me|did to me)| how (he|she|they|my \w+) (treats|treated|talks to|speaks to) me| about (him|her|them|it)| it)?\s*(\||$)",
    r"\b(saying|says|said|told me|tells me|threatening|threatened)( that)? i('ll| will|'d| would) (regret|be sorry for|pay for) (leaving|dumping|reporting|crossing) (him|her|them)\b",
    r"\b(they'll|he'll|she'll|he'd|she'd|they'd|he will|she will|they will|threatened to|threatening to|going to|gonna) (burn|torch|set fire to) (my|the|our) (house|flat|car|home)\b",
    r"\b(he'll|she'll|they'll|he'd|she'd|they'd|he will|she will|they will|threatened to|threatening to) break my (legs?|arms?|neck|jaw|fingers|nose)( [\w']+){0,2} if i (don't|do not|didn't|tell|told|say|said|report|reported|go|leave|left)\b",
    r"\b(hits|punches|kicks|slaps|pushes|shoves) me when (he|she|they) ((wants|want) (money|cash|something)|(gets|get) (drunk|angry|mad|wasted|high|jealous))\b",
    r"\b(doesn't|does not|won't|will not|never) feed me(\s*(\||$)| (properly|enough|at all|anything))|\bmakes me sleep on the floor\b",
    r"\b(comes|came|keeps coming|walks|walked|keeps walking) (in|into) the bathroom when i'm (in the (shower|bath)|in there|showering|having a (bath|shower))\b",
    r"\b(being made|made|forced|being forced|making me) to (sell|carry|move|deliver|hold) (drugs|weed|gear|packages|parcels)\b",
    r"\b(he'll|she'll|they'll|he will|she will|they will) (send|share|post|show) (more|them|it|the (pics|photos|pictures|videos)) if i (don't|do not|won't|refuse)\b",
    r"\b(meet|see) (him|her) alone or (he'll|she'll|he will|she will) (tell|hurt|post|share|send|show|come)\b",
    r"\b(smashed|kicked|booted|put his fist through|put her fist through) (the|my) (door|window) in\b",
    r"\b(coach|teacher|tutor|uncle|step ?dad|stepdad|stepfather|cousin|boss|neighbour|priest|instructor|(mum's|mom's) (boyfriend|partner)|(dad's|father's) (friend|mate))( [\w']+){0,8} (touches|touched|keeps touching|tries to touch|tried to touch) me(\s*(\||$)| (and|there|down there|at night|in places|where|when (no one|nobody)))\b",
    // Silence bought with a threat: "my dad says he'll throw me out if i tell anyone".
    r"\b(he'll|she'll|they'll|he will|she will|they will|i'll|i will|he'd|she'd|they'd|i'd)( [\w']+){0,3} (throw me out|kick me out|hurt|get me deported|have me deported|deport|take the kids|cut me|burn|beat|hit|get in trouble|pay|punish|be punished)( [\w']+){0,4} if i (tell|told|leave|left|report|say|don't|go to|speak|call)\b",
    r"\bif i (tell|told|leave|report|say anything|go to the police|don't pay|call the police)( [\w']+){0,4} (he'll|she'll|they'll|he will|she will|they will|he'd|she'd|they'd) (get me deported|have me deported|hurt|throw me out|kick me out|take the kids|cut me|burn|beat|hit)\b",
    r"\b(sending|sends|sent|keeps sending) me (pictures|photos|pics|videos) of my (house|flat|car|door|work|kids|window|street)\b",
    r"\b(i'm|i am) being (controlled|threatened|beaten|abused|hurt)( and (controlled|threatened|beaten|abused|hurt))?( at home| by (him|her|them|my \w+))?\b",
    r"\b(keeps|kept|keep) (beating|battering|hitting|kicking|punching|thumping) me( up)?(\s*(\||$)| (and|when|every|if|because|cos)\b)",
    r"\b(won't|will not|doesn't|does not|never) let me (go to the (doctor|gp|doctors|hospital|dentist)|see a doctor)( about [\w' ]{1,30})?\s*(\||$)",
    r"\b(bruises?|marks?|fingermarks) on my (neck|throat|arms?|wrists?|face)( [\w']+){0,3} (from|where) (he|she|they|my \w+)\b",
    r"\b(asks|asked|asking|keeps asking|makes|made|wants|keeps telling) me to send (him|them) (pics|pictures|photos|videos)( of (me|myself))?\s*(\||$)|\b(asks|asked|asking|keeps asking|makes|made|wants|keeps telling) me to send (him|her|them) (nudes|naked (pics|pictures|photos))\b",
    r"\b(dad|stepdad|step dad|stepfather|uncle|brother|cousin|he|grandad|lodger|(mum's|mom's) (boyfriend|partner))( [\w']+)? (comes|came|keeps coming|creeps|crept) (in|into) my (room|bed|bedroom) (at night|when [\w']+( [\w']+){0,3})( when [\w']+( [\w']+){0,3})?\s*(\||$)",
    r"\b(pinned|pins|pinning|shoved|slammed|slams|pushed|pushes) me (against|into|up against) (the|a) (wall|door|floor|fridge|car|bed)( by my (neck|throat|hair|arms?))?( again)?(\s*(\||$)| and\b)",
    // A weapon held to one: "my partner holds a knife to me when he's angry".
    r"\b(holds|held|holding|hold|pulled|pulls|pulling|put|puts|putting|waved|waves|waving|pointed|points|pointing) (a|the|his|her|their|a kitchen) (knife|knives|blade|gun|bat|hammer|screwdriver|machete|axe) (to|at|on|in front of) (me|my (throat|neck|face|head|chest))\b",
    // Hiding from someone who came: "my ex turned up at my work again, i had to hide in the
    // loo".
    r"\b(turned up|showed up|turns up|shows up|was waiting|came round|comes round|kept knocking|was outside)\b.{0,50}\b(i )?(had to|have to|had to go and|ran and|ran to|went and) hide(\s*(\||$)| (in|from|under|behind|upstairs|inside|round|around|away)\b)",
    // An ex at one's door again and again: "my ex turned up at my flat again", "my ex keeps
    // turning up at my flat".
    r"\bmy ex( \w+)? (keeps turning up|keeps showing up|keeps coming|turned up|showed up|turns up|shows up|came) (at|outside|to|round) my (work|house|flat|door|place|mum's|school|uni|gym)\b.{0,12}\b(again\s*(\||$)|uninvited|even though|after i (told|asked) (him|her)|every day|every night)|\bmy ex( \w+)?( keeps| kept| has been|'s been) (turning up|showing up|coming round|hanging around|waiting) (at|outside|round) my\b",
    r"\b(puts|put|putting|had|has|wraps|wrapped|gets|got) (his|her|their) hands? (round|around|on) my (neck|throat)\b",
    r"\b(says|said|threatened|told me|tells me|threatens)( that)? (he'll|she'll|they'll|he will|she will|he would|she would|they would) (hurt|kill|harm|take) (the kids|my kids|the children|the cat|the dog|my mum|my dad|my sister|my brother|me)( [\w']+){0,3} if i (tell|told|leave|left|go|report|say anything|speak)\b",
    r"\b(threatening|threatened|threatens) to (post|share|send|leak|put up|show) (them|the photos|my photos|the pictures|my pictures|pics|my pics|the videos|videos|my nudes|nudes)(\s*(\||$)| online| on (the internet|social media|instagram|facebook|snapchat|tiktok)| everywhere| to (everyone|my \w+))",
    // Another hurt at home, then oneself: "dad used to hit mum and now he's started on me".
    r"\b(hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting|batter|batters|battered|punch|punches|punched) (my )?(mum|mother|dad|father|sister|brother|wife|husband|her|him|them|the kids)\b.{0,40}\b(he's|she's|they've|he|she|they|he has|she has) (started on me|came for me|come for me|comes for me|turned on me|does it to me|did it to me)\b",
    r"\b(says|said|threatened|told me|tells me|swears|swore|keeps saying)( that)? (he'll|she'll|they'll|he would|she would|he's going to|she's going to|he will|she will) make me pay\b",
    // Thrown about by someone at home: "when he gets in from the pub he throws me about".
    r"\b(he|she|they|my (husband|partner|wife|boyfriend|girlfriend|bf|gf|dad|mum|stepdad|step dad|stepmum|step mum|ex|brother|son|daughter|uncle|carer|grandson|granddaughter|nephew|niece|son in law|daughter in law))( [\w']+){0,2} (throws|threw|chucks|chucked|flings|flung|slings|slung|knocks|knocked|shoves|shoved|pushes|pushed|drags|dragged) me (about|around|across the room|round the (room|house|kitchen)|into (the|a) (wall|door|table|radiator|cupboard)|against (the|a) wall|to the floor|down the stairs)\b",
    // Threatened for telling: "my stepdad told me if i grass on him i'll end up in the canal".
    r"\b(told me|tells me|said|says|threatened|warned me|warns me)( that)? if i (tell|told|grass|grassed|report|reported|snitch|snitched|say anything|said anything|go to the police|went to the police|tell anyone|tell someone)\b.{0,30}\b(i'll|i will|i'd|i would|i'm going to) (end up|be|wind up) (in the (canal|river|sea|ground|ditch|boot)|in a (ditch|box|body bag|grave|bag)|dead|buried|in hospital|found|sorry)\b",
    // Touched in a way not liked: "grandad keeps asking me to sit on his lap and i don't
    // like what he does".
    r"\b(sit on|sitting on|sat on) (his|her|their) (lap|knee)\b.{0,40}\b(don't|do not|didn't|did not) like (it|what (he|she|they) (does|did|do))\b|\b(i )?(don't|do not|didn't|did not) like (what|the way|how) (he|she|they|my \w+) (touches|touched|does to me|did to me|touches me|looks at me when)\b",
    // Food, money or freedom given only at another's word: "my son locks the fridge and
    // only lets me eat when he says".
    r"\bonly (lets|let|allows|allowed|allow) me( to)? (eat|have food|have money|have my money|leave the house|see (my|anyone)|sleep|shower|wash)( [\w']+){0,3} (when|if) (he|she|they|my \w+) (says|say|decides|decide|wants|want|allows|allow|feels like it|is in the mood)\b",
    r"\b(locks|locked|lock|padlocks|padlocked|padlock) (the|his|her|my) (fridge|cupboards?|kitchen|food)( [\w']+){0,3} (so|and) (i|i'm|i can't|i cannot|i don't)( [\w']+){0,2} (can't|cannot|don't get to|go hungry|starve|eat|not allowed)\b",
    // Dragged or pulled by the hair or throat: "bf dragged me out the car by my hair".
    r"\b(dragged|drags|dragging|pulled|pulls|pulling|yanked|yanks|hauled|grabbed|grabs|lifted) me( [\w']+){0,5} by (my|the) (hair|throat|neck|ponytail|collar|hood)\b",
    // Made to doubt one's mind: "he records everything i say and plays it back to prove i'm mad".
    r"\b(he|she|they|my (husband|wife|partner|boyfriend|girlfriend|ex|bf|gf|fiance|fiancee))\b.{0,60}\b(to prove|to show|to convince me|so i think|until i believe|make me think|making me think|makes me think|made me think)( that)? i('m| am| was) (mad|crazy|insane|going mad|losing it|losing my mind|imagining (it|things)|making it up)\b",
    // Passed round for sex: "my boyfriend's mates pass me round at parties".
    r"\b(pass|passes|passed|passing|share|shares|shared|sharing|lend|lends|lent|lending|hand|hands|handed|handing) me (round|around|out|over)( to| between| among)? (his|their|her|the) (mates|friends|boys|lads|mate|friend|men|guys|cousins|brothers)\b|\b(pass|passes|passed|passing|share|shares|shared|sharing) me (round|around)( [\w']+){0,2} (at|in|after) (parties|the party|the flat|their house|his house|their flat|his flat)\b",
    // A secret kept with a child: "my uncle makes me sit on his lap and says it's our secret".
    r"\b((makes|made|making) me (sit|touch|kiss|sleep|lie|take|undress|watch|get in|get into|stay|do)|touches|touched|touching|kisses|kissed|cuddles|lap|my bed|my room|the bath|the shower|undress|photos|pictures|pics)\b.{0,60}\b(says|said|tells me|told me|telling me|keeps saying|whispers)( that)? (it's|it is|this is|it was|that's|it has to be|it must be|it stays) (our|a|just our|between us|our special) (little )?(secret|game)\b",
    // Honour and threat: "my family say i bring shame and my brother said he'll deal with me".
    r"\b(shame|ashamed of me|dishonour|dishonor|honour|honor|disgrace)\b.{0,60}\b(he'll|he will|they'll|they will|she'll|she will|going to|gonna|will) (deal with|sort|sort out|punish|teach|get rid of|sort me out) me\b|\b(shame|dishonour|dishonor|honour|honor|disgrace)\b.{0,60}\b(deal with|punish|get rid of) me\b",
    // Someone trying to kill or poison the speaker: "my husband is trying to kill me | he's
    // put something in my food".
    r"\b(he|she|they|my [\w']+|someone|somebody)('s| is| are|'re| has been|'s been| have been| keeps| keep) (trying|tried|planning) to (kill|poison|murder|harm|strangle|drown|hurt) me\b",
    r"\b(he|she|they|my [\w']+)('s| has| have|'ve)? (put|putting|puts|slipped|slipping|spiked|spiking) (something|stuff|pills|tablets|poison|bleach|drugs) in my (food|drink|drinks|tea|coffee|water|dinner|meals?)\b",
    // Found by someone fled from: "that he'll find out where we moved and come for us".
    r"\b(he|she|they|my ex|my (husband|wife|partner|dad|father|stepdad|family))('ll| will| might| could| is going to|'s going to| is gonna)? (find out|finds out|found out|find|finds|track down|tracks down|tracked down) where (we|i|me and the kids|the kids and i)( moved| moved to| have moved|'ve moved| have gone|'ve gone| are staying|'re staying|'m staying| am staying| are hiding|'re hiding)\b",
    // A head or face driven into something: "he slammed my head into the door frame".
    r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mum|mother|stepdad|step dad|brother|sister|ex|son|daughter|fella|other half)('s)?( [\w']+){0,2} (slammed|smashed|banged|bashed|knocked|shoved|pushed|threw|rammed|forced) my (head|face)( [\w']+){0,2} (into|against|on|off|through|down on)\b",
    // A child's disclosures: food withheld when a parent is angry; pictures demanded; a
    // man in a child's bed.
    r"\b(not allowed|aren't allowed|am not allowed|i'm not allowed) (to )?(eat|have (food|dinner|tea|breakfast|anything to eat))\b.{0,30}\b(when|if|because|until|unless) (my|he|she|they|mum|dad|mom)\b",
    r"\b(made|makes|making|forced|forces|forcing|pressured|pressuring|pressures) me (to )?((send|share) (pictures|pics|photos|videos|nudes|selfies)( of (myself|me|my body))?|take (nudes|naked (pictures|pics|photos)|rude (pictures|pics|photos)))\b",
    r"\b(mum's|mom's|my mum's|my mom's) (new )?(boyfriend|partner|friend|fella|husband)( [\w']+){0,2} (sleeps|slept|gets|got|comes|came|climbs|climbed) (in|into) my bed\b|\b(stepdad|step dad|uncle|lodger|grandad|dad's friend|my brother's friend)( [\w']+){0,2} (sleeps|slept|gets|got|comes|came|climbs|climbed) (in|into) my bed\b",
    // Fear at someone's return: "scared | he's back".
    r"\b(scared|frightened|terrified|afraid|petrified)\b.{0,10}\b(he's|she's|they're|he is|she is|they are|my ex is|my ex's|my dad's|my dad is) back\b",
    // A tracker found: "found an airtag in my bag | i think it's my ex".
    r"\b(found|there's|there is|there was|discovered|someone put|he put|she put|he's put|she's put)( an?)? (airtag|air tag|tracker|tracking device|gps tracker|spyware|tracking app|hidden camera)( [\w']+){0,3} (in|on|under) (my|the) (bag|car|coat|phone|pram|buggy|handbag|case|keys|bike|house|flat|bedroom)\b",
    // A marriage arranged for one: "i think they've arranged a husband".
    r"\b(they've|they have|they|my (parents|family|dad|mum|father|mother|uncle|aunt|auntie|grandparents)( have| has|'ve|'s)?) (arranged|picked|chosen|lined up|promised me to) (a|my|me a) (husband|wife|man|groom|bride|match)\b",
    // Things left at one's door by the one feared: "dead flowers on my doorstep | i think it's him".
    r"\b(leaving|left|leaves|putting|posting|posted)( [\w']+){0,3} (on|at|outside|through|under) my (door|doorstep|front door|car|windscreen|letterbox|window)\b.{0,30}\b(it's|it was|it is|think it's|know it's|sure it's) (him|her|my ex|them)\s*(\||$)",
    // Being impersonated: "he's made a fake account pretending to be me".
    r"\b(made|set up|created|making|setting up|opened) (a )?fake (account|profile|accounts|profiles)\b.{0,60}\b(pretending to be me|as me|in my name|of me|messaging (all )?my|sending)\b|\bpretending to be me (online|to my|on)\b",
    // Found after moving: "he knows my new address even though i never told anyone".
    r"\b(he|she|they|my ex)( somehow)? (knows|found out|has found|found|got|has got|has) my (new )?(address|number|location|workplace|work address)\b.{0,40}\b(never told|didn't tell|haven't told|not told|i moved|i blocked|after i moved|even though|no idea how)\b",
    // Papers or pay held by someone else: "my employer keeps my passport".
    r"\b(he|she|they|my \w+|employer|boss|landlord|partner|husband|wife|boyfriend|girlfriend)( [\w']+)? (keeps|kept|keep|keeping|holds|held|hold|is holding) (all )?my (passport|id|documents|papers|visa|bank card|bank cards|wages|benefits|pension)\b",
    // A child fed apart: "i'm not allowed to eat with the family | i get fed after".
    r"\b(not allowed|never allowed|don't get|never get|can't|i'm not let) to eat (with (the|my|everyone|them|the rest)|at the (table|same time)|when (they|everyone) (do|does|eat|eats))\b|\bi( get| am|'m) (fed|given food|given my food) (after (them|everyone|they've eaten)|last|separately|on my own|scraps|leftovers|in my room)\b",
    // A door tried at night: "the man upstairs keeps trying my door at night".
    r"\b(someone|somebody|a man|the man|the guy|a guy|he|they|my (neighbour|ex|landlord)|the (neighbour|landlord))( [\w']+){0,2} (keeps|kept|has been|was|is|keep) (trying|rattling|banging on|trying to open|knocking on) (my|the) (door|door handle|window|front door|bedroom door)( [\w']+){0,2} (at night|in the night|late at night|every night|when i'm (asleep|alone|in bed))\b",
    // A picture of one's home sent as a threat: "my ex sent me a picture of my house and said 'see you soon'".
    r"\b(sent|sends|messaged|texted|posted) me (a |some )?(picture|photo|pic|pics|photos|pictures) of (my|our) (house|flat|front door|door|car|work|kids|children|street|window|school)\b.{0,40}\b(see you soon|i know where you (live|are)|watching you|i'm outside|i'm coming|waiting for you|you can't hide|found you)\b|\b(my ex|a stranger|someone|an unknown number|a fake account|a random account|a random number) (sent|sends|messaged|texted|posted) me (a |some )?(picture|photo|pic|pics|photos|pictures) of (my|our) (house|flat|front door|door|car|kids|children|street|window|bedroom)\b",
    // Work with no pay, and watched or held: "i have to work every day for no money and they watch where i go".
    r"\b(for no money|for no pay|for nothing|without pay|without being paid|unpaid|no wages|not paid|don't get paid|never get paid)\b.{0,40}\b(they|he|she|the boss|my boss|the man|the woman|the family) ((watch|watches|follow|follows|track|tracks) (me|us|where (i|we) go)|(won't|don't|doesn't|never) let (me|us) (leave|go out|out|go home|see anyone|talk to anyone|have my phone)(\s*(\||$)| the (house|flat|farm|site|place))|(lock|locks|locked) (me|us) (in|up)|(took|take|takes|keep|keeps|kept|have|has) (my|our) (passport|passports|phone|papers|id|documents))\b|\b(they|he|she|the boss|my boss|the man|the woman|the family) ((watch|watches|follow|follows|track|tracks) (me|us|where (i|we) go)|(won't|don't|doesn't|never) let (me|us) (leave|go out|out|go home|see anyone|talk to anyone|have my phone)(\s*(\||$)| the (house|flat|farm|site|place))|(lock|locks|locked) (me|us) (in|up)|(took|take|takes|keep|keeps|kept|have|has) (my|our) (passport|passports|phone|papers|id|documents))\b.{0,40}\b(for no money|for no pay|for nothing|without pay|without being paid|unpaid|no wages|not paid|don't get paid|never get paid)\\b",
    // Work with no pay: "makes me work for nothing".
    r"\b(makes|made|forces|forced|making|forcing) (me|us) (work|to work)( [\w']+){0,3} (for nothing|for free|without pay|without being paid|for no money|for no pay|unpaid)\b",
    // Control of daily life: "he controls what i eat", "she decides who i can see".
    r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mum|mother|stepdad|step dad|ex|fella|missus|other half)( [\w']+){0,1} (controls|decides|dictates|chooses|polices|monitors|tracks|checks|rations) (what|who|where|when|how much|how often|everything) i\b",
    r"\b(brother|sister|dad|father|mum|mother|mom|step ?dad|step ?mum|step ?father|step ?mother|uncle|aunt|auntie|cousin|grandad|husband|wife|partner|boyfriend|girlfriend|ex|carer|teacher|boss|he|she|they|someone|people)( [\w']+){0,2} (keeps|kept|keep|always|often|sometimes|still) (hitting|hits|kicking|kicks|punching|punches|slapping|slaps|beating|beats|hurting|hurts|choking|chokes|pushing|pushes|shoving|shoves|strangling|grabbing|grabs) (me|us)\b",
    // Grooming: an adult asking for pictures.
    r"\b(man|men|guy|someone|somebody|person|adult|stranger|teacher|coach|older \w+)( [\w']+){0,3} (asking|asks|asked|keeps asking|kept asking|wants|wanted|pressuring|pressured|begging) (me )?(for |to send )?(pictures|pics|photos|nudes|naked (pictures|pics|photos))\b",
    r"\b(i'm|i am|i've been|i have been|been|getting|i get|i keep getting) (being )?(bullied|threatened|harassed|stalked|blackmailed|groomed|exploited|trafficked)( and (bullied|threatened|harassed|stalked|hit|hurt|attacked))?\s*(\||\?|$| at| by| every| all| online| again| and| so| but)",
    r"\b(i was|i've been|i have been|i got|i've just been|someone) (attacked|assaulted|mugged|jumped|beaten up|stabbed|spiked|followed home)\b",
    r"\b(step ?dad|step ?father|dad|father|uncle|brother|cousin|grandad|mum's boyfriend|mom's boyfriend|he|someone|a man) (comes|came|keeps coming|kept coming|creeps|sneaks) (into|in to) my (room|bed|bedroom)\b",
    // Someone keeps hurting the patient: bullying, abuse.
    r"\b(someone|somebody|they|people|he|she|a (boy|girl|man|woman|lad|kid)|(the )?(kids|boys|girls|lads))( at (school|work|home|college|uni))? (keeps|keep|kept|is|are|has been|have been|always) (hurting|hitting|beating|kicking|punching|bullying|threatening|attacking|pushing) (me|us)\b",
    r"\b(scared|afraid|frightened|worried|fear|fearing|fearful|terrified) (for|about) my (safety|life|own safety)\b",
    r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|stepdad|stepmum|step dad|step mum|brother|sister|ex|carer|son|daughter|uncle|boss|landlord|flatmate|manager|teacher|coach|colleague|someone|neighbour|cousin|grandad|stepbrother|parent|parents|guardian|foster (mum|dad|carer|parent)|aunt|auntie|nan|gran|fella|feller|bloke|man|missus|other half|old man)( [\w']+){0,2} (hits|hit|hitting|beats|beat|hurts|hurt|hurting|kicks|kicked|kicking|lamping|battering|leathering|belting|thumping|walloping|punching|slapping|choking|strangling|shoving|leathers|leathered|batters|battered|belts|belted|thumps|thumped|wallops|walloped|lamps|lamped|decks|decked|punches|punched|slaps|slapped|chokes|choked|strangles|strangled|pushes|pushed|shoves|shoved|threatens|threatened|rapes|raped|attacks|attacked|abuses|abused|grabs|grabbed|bruised|burns|burned|bit|bites|biting|spits on|spat on|spat at|spits at|throws things at|threw things at|touches|touched) (me|us)\b",
    r"\b(spat|spits|spit) (in|at) my face\b",
    r"\b(pushed|shoved|held|forced|stuck|flushed|pushes|holds|shove) my head (down|in|into|under) (the )?(toilet|loo|water|sink|bath)\b",
    // Going on now: "he's hitting me again", "my dad's been hurting me".
    r"\b(he's|she's|they're|he is|she is|they are|he has been|she has been|they have been|they've been|(my )?(dad|mum|mom|stepdad|step dad|stepmum|step mum|partner|husband|wife|boyfriend|girlfriend|bf|gf|brother|sister|ex|carer|son|daughter|uncle)('s| is| has been))( been| always| still| started| now)? (hitting|beating|hurting|kicking|punching|slapping|choking|strangling|abusing|raping|touching|threatening) me\b",
    r"\b(threaten|threatens|threatened|threatening|said|says|say|saying|told me|telling me|texted|texting|messaged|messaging)( [\w']+){0,2} ((kill|hurt|harm|beat|stab|rape|jump|batter|attack|deck|glass|knife|shank|kick|punch|slap|hit|smack|strangle|choke) me\b|get me(\s*(\||$)| back\b| for (it|this|that)\b| if\b| when\b| one day\b| eventually\b))",
    r"\b(scared|afraid|frightened|terrified) (of|to go) (him|her|them|home|going home|my (partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|ex|stepdad|brother|carer|son))\b",
    r"\b(not|don't feel|dont feel|never feel|doesn't feel|do not feel) safe (at home|here|with (him|her|them|my \w+)|in my (own )?(home|house|flat)|going home)\b",
    r"\b(feel|feeling|i'm|i am|am) (unsafe|in danger)\b",
    r"\b((i'm|i am|i feel|feeling|i'm just) not safe|i (don't|do not|dont|never) feel safe)\s*(\||$| (anymore|any more|right now|tonight|at all|here|at home|in my (own )?(home|house|flat)|with (him|her|them|my \w+)|around (him|her|them)))",
    r"\bafraid for my (life|safety)\b",
    r"\bin danger\b",
    // Money taken: "my son has been taking money out of my account".
    r"\b(taking|takes|took|taken|stealing|steals|stole|stolen|draining|drained|emptying|emptied) (money|cash|my money|my savings|my pension|my benefits|everything) (out of|from) my (account|bank|bank account|purse|wallet|savings|card)\b",
    // Debts owed to people who threaten: "the men i owe money to came to my door".
    r"\b(people|men|man|guys|guy|lads|dealers?|loan sharks?|someone|they|he|she|them) (i|we) owe( [\w']+){0,2}( to)?\b( [\w']+){0,6} (came|come|coming|turned up|turn up|waiting|threatened|threatening|said|know where|found|find|looking for|outside|at my|to my|round)\b",
    r"\b(put|puts|putting|laid|lays|got|gets) (his|her|their) hands (on|all over|up) me\b|\bcornered me\b",
    r"\b(domestic (violence|abuse)|abusive (relationship|partner|husband|wife|boyfriend|girlfriend|home)|being abused|been abused|is abusive|abuses me|abused me|abusing me)\b",
    r"\b(forced|forces|forcing|makes|made|pressures|pressured) me (to )?(have sex|sleep with|do (sexual )?things|do stuff i don't want)\b",
    r"\b(raped|rape|sexually assaulted|sexually abused|assaulted me|abused me|molested)\b",
    r"\b(i was|i got|i've been|i have been|been|getting|keeps|keep|kept|he|she|someone|somebody|a (man|guy|bloke|stranger|lad|boy)|(my|the) \w+)( [\w']+)? (groped|flashed at|indecently exposed|sexually harassed|upskirted|spiked)( me)?\b",
    r"\bgrop(e|es|ed|ing)( at)? me\b",
    // Abuse disclosed, past or present ("i was abused as a child"); a resolved past is set
    // aside as for every kind.
    r"\b(i was|i've been|i have been|i got|we were) (abused|groomed|trafficked)\b",
    r"\b(locks|locked|(they|parents|folks|carers|staff)( always| often| sometimes| just)? lock) me (in|out)\b",
    // Control: asking leave to see one's own people or to go out.
    r"\b(have to|need to|must|got to|has to|make me) ask (his |her |their )?(permission|if i can|if i'm allowed) (to )?(see|visit|go out|leave the house|go to|ring|call|text|talk to|spend|wear|eat|use my phone)( my (own )?(mum|dad|mother|father|family|friends|sister|brother|kids|money|phone))?\b",
    // Silenced by a threat to others: "if i tell anyone she'll hurt the dog".
    r"\bif i (tell|told|say anything|speak|leave|go|report)( to)?( anyone| anybody| someone| the police| my \w+)?( [\w']+){0,2} (he'll|she'll|they'll|he will|she will|they will|he'd|she'd|they'd|he would|she would|they would) ((hurt|kill|harm|get rid of|do something to) (the|my|our) (dog|cat|kids|children|pets?|baby|son|daughter|mum|dad|family|brother|sister)\b|take (the|my|our) (kids|children|baby|son|daughter)( away| off me| from me)?\s*(\||$| and| so))",
    // Children left alone: "the kids are left on their own for days when mum's drinking".
    r"\b(kids|children|we|i|my (little |baby |younger )?(brother|sister|son|daughter|kids)|the (baby|little ones))( are| were| am| is| get| got| keep getting)? (left|leave) (on (our|their|my|his|her) own|alone|home alone|by (ourselves|themselves|myself))( [\w']+){0,2} (for (days|hours|the (night|weekend)|whole (days|nights|weekends))|overnight|all (night|weekend)|when (mum|dad|my mum|my dad|she|he|they)('s| is| are)? (drinking|drunk|high|out|using|off her face|off his face))",
    // Sex as the price: "he'd sack me if i didn't sleep with him".
    r"\bif i (didn't|don't|do not|did not|wouldn't|won't|refuse to|refused to) (sleep with|have sex with|do stuff with|do things with|send (him|her|them) (nudes|pics|pictures|photos))\b",
    r"\b(rent|money|job|lift|grades?|debt|debts|owe|shifts?|pay|drugs)\b.{0,40}\bif i( was| were| am|'m| would be|'d be| was extra| were extra) (nice|good|friendly|extra nice|nicer) to (him|her|them)\b",
    // Made to do things not wanted: "my brother's mate made me do stuff i didn't want to".
    r"\b(made|makes|make|forced|forces|pressured|pressures|got) me (to )?(do|doing) (stuff|things|something|sexual (stuff|things))( [\w']+){0,3} (i|that i) (didn't|did not|don't|do not) (want to|want|feel ok with|like)\b",
    // Done to one without consent.
    r"\b(doing|did|does|do|done) (stuff|things) to me (i|that i) (didn't|did not|don't|never|hadn't) (agree|agreed|consent|consented|want|wanted|say yes)\b|\b(touched|touching|kissed|had sex with|slept with|filmed|recorded|photographed|took (pictures|photos|videos) of|shared|posted|sent)( [\w']+){0,3} without my (consent|permission)\b|\bi (didn't|did not|never) (consent|agree)( to (it|that|sex|any of it|what (he|she|they) did))?\s*(\||$)",
    r"\b(he|she|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|stepdad|ex)( only| always| sometimes| often)?( [\w']+)? (gets|got|can get|can be|goes) (rough|violent|physical|handy)( with me)?\b",
    r"\b(making|make|makes|made|forcing|force|forces|forced|pressuring|pressure) me (to )?(marry|get married)\b|\bforced marriage\b",
    r"\b(send|sending|sent|take|taking|ship|shipping) me( [\w']+){0,3} (abroad|back home|overseas|back to \w+|to \w+) (to|and) (get married|marry|be married|a husband|a wife)\b",
    // Taken away to marry, unwilling: "my parents are taking me to pakistan in the summer to marry my cousin and i don't want to".
    r"\b(send|sending|sent|take|taking|ship|shipping) me( [\w']+){0,3} (abroad|back home|overseas|back to \w+|to \w+)( [\w']+){0,4} (to|and) (get married|marry|be married)\b.{0,40}\b(i don't want|i do not want|i don't wanna|against my will|i'm scared|i'm only \d+|not ready|never met|don't even know (him|her)|much older|twice my age)\b",
    // Conversion practices: "they're sending me to a church thing to pray the gay away".
    r"\b(pray the gay away|pray away the gay|conversion therapy|conversion camp|conversion practices|(fix|cure|straighten|heal) me of being (gay|lesbian|bi|trans|queer))\b",
    // Cutting planned for a girl abroad: "my aunties say i'm going to be cut when we go back home".
    r"\b(be|get|getting|being) (cut|circumcised)\b.{0,40}\b(back home|when we go (back|home|there)|in the (summer|holidays)|on holiday|ceremony|like my (sister|cousin|cousins)|to be clean|to be pure|down there|become a woman)\b|\b(aunties?|aunts?|grandma|grandmother|nan|gran|family|mum|mother|dad|father|elders)( [\w']+){0,3} (say|said|says|saying|told me) i('m| am)? (going to|gonna|will|have to|must) (be|get) (cut|circumcised)(\s*(\||$)| (when|in|on|like|by|soon|too|this|next|before|after|over|at)\b)|\b(fgm|female genital mutilation)\b",
    r"\b(won't|wouldn't|doesn't|does not|never|don't|refuses to|refused to) (give|let) me (have )?(any )?(money|food|my money|my wages|enough to eat)\b",
    r"\b(leaves|left|leaving|keeps|kept) me (without|with no) (food|water|heating|money|my (medication|meds|tablets)|anything to eat)\b",
    // Criminal exploitation: made to sell or carry for others.
    r"\b(make|makes|made|making|force|forces|forced|forcing) (me|us) (to )?(sell|carry|deliver|hold|move|run|stash|hide|drop off) (stuff|drugs|packages|parcels|things|gear|weed|bags|stuff for them|for them)\b",
    // Neglect: a parent gone for days, a child left on their own.
    r"\b(mum|mom|mam|dad|parents|mother|father|carer)( [\w']+){0,2} (hasn't|haven't|has not|have not|hasn't been|haven't been|not been|never) (been )?(back|home|around)( for| in)? (\d+|two|three|four|five|six|a few|several|days|a week|over a week)( days| nights| weeks)?\b",
    r"\b(left|leaves|leave|leaving) (me|us) (on my own|on our own|alone|by myself|by ourselves) (for|all) (\d+ |two |three |four |a few |several |the )?(days|nights|weekend|week|night)\b",
    r"\bno food in the (house|flat)\b.*\b(mum|dad|mam|mom|parents)\b",
    // Followed or stalked: "a man from the gym keeps following me home" (not "on instagram").
    r"\b(a man|a guy|a bloke|a woman|a stranger|someone|somebody|my ex|this (man|guy|bloke|lad|woman)|he|she|they)( [\w']+){0,4} (keeps|keep|kept|has been|have been|is|are|was|were|started|starts) (following|stalking) me( home| around| everywhere| to| from| again| at night| in (his|her|a|their) car|\s*(\||\?|$))",
    r"\b(a man|a guy|a bloke|a stranger|someone|somebody|he|she|they|a group of \w+|some (men|lads|guys|boys))( [\w']+)? (followed|chased|stalked|has been following) me\b",
    r"\b(a man|a guy|a bloke|a woman|a stranger|someone|somebody|my ex|my (husband|wife|partner|boyfriend|girlfriend)|this (man|guy|bloke|lad|woman)|he|she|they)( [\w']+){0,2} (follows|tails|tracks) me (home|around|everywhere|in (his|her|the|a|their) car|to work|from work|to the shops|when i go out|wherever i go)\b",
    r"\b(my ex|ex|he|she|they|someone|somebody|a man|this guy)( [\w']+){0,2} (keeps|kept|keep|has been|have been|is|are|started|starts) (turning up|showing up|coming round|coming to my|waiting outside|hanging around outside|banging on (my|the) (door|window)|sitting outside)\b",
    r"\b(know|knows|knew|found out) where (i|my \w+|we|you) (live|lives|work|works|stay|stays|go to school)\b",
    r"\b(makes|made|make) me ask (for )?permission\b|\bchecks my (receipts|spending|bank account|bank statements|location|mileage)\b",
    r"\b(has|have|had|keeps|kept|'s)( [\w']+)? (hit|pushed|shoved|slapped|punched|kicked|strangled|choked|beaten|attacked|grabbed|bitten|hurt|thrown \w+ at) me\b",
    r"\b(blackmail|blackmails|blackmailing|blackmailed|extort|extorts|extorting|extorted) me\b|\bsextort",
    r"\b(call|called|calling|ring|rang|phone|phoned) the police on (him|her|them|my \w+)\b",
    r"\b(broke|broken|breaking|tried to break|break) in(to)? (my|our|the) (flat|house|home|room|place)\b",
    r"\b(won't|doesn't|does not|wont|will not|never) let (me|us) (leave(\s*(\||$)| (the|my|our|this) (house|flat|room|home|country)| (him|her|them)| without)|go out|out of (the|my) (house|flat|room|sight)|out\s*(\||$)|go anywhere|see (my )?(friends|family|mum|mates)|have (my )?(money|phone|keys)|use (the|my) (phone|car|bank card)|(phone|call|ring|speak to|talk to) (anyone|anybody|my \w+))\b",
    // Neglect in care: "the carers leave me in a wet bed all night".
    r"\b(leave|leaves|left|leaving) me (in|lying in|sitting in|sat in) (a )?(wet|soiled|dirty) (bed|sheets|clothes|pad|pads|nappy)\b",
    r"\b(takes|took|taken|taking|controls|controlling|checks|hides|hid|hidden) (all )?my (money|phone|bank card|messages|keys|passport|benefits|pension|wages|salary|universal credit|card|bank cards)(\s*(\||$)| away| and| off me| from me| again| so| without| every| whenever| when| if)",
    r"\b(partner|husband|wife|boyfriend|girlfriend|he|she|ex)( [\w']+)? (tracks|tracked|tracking|monitors|monitored|monitoring|reads|read|goes through|went through) (all )?my (location|whereabouts|messages|texts|emails|phone|bank statements)\b",
    // Grooming: keeping it secret.
    r"\b(says|said|told me|tells me|telling me|made me promise|asked me)( [\w']+)? (not to|to not|never to|i (mustn't|shouldn't|can't)|don't) tell (my (parents|mum|mom|dad|family|teacher|carer)|anyone|anybody|no one)\b",
    r"\b(i'm|i am|been|being|got|keeps me|kept|keep me) locked in( (the|my|a) (room|house|flat|bedroom|bathroom|cupboard|shed))?( \||$| and| by| again| all day)",
    r"\b(being|i'm being|am being|keep being) (followed|stalked)\b",
    r"\b(who|that) (follows|stalks|keeps following|has been following|keeps watching|waits for) me\b",
    // Grooming: secrets kept by deleting ("told me to delete them").
    r"\b(told|tells|asked|asks|makes|made|wants) me (to )?delete (them|the messages|our (messages|chats|texts|snaps)|the (chats|texts|photos|pics|snaps)|his (messages|texts|snaps))\b",
    // Night visits to a child's room: "my stepdad comes in my room at night and i hate it".
    r"\b(step ?dad|stepfather|step father|dad|father|uncle|brother|step ?brother|grandad|granddad|cousin|mum's (boyfriend|partner)|his mate|a man|he)( [\w']+){0,2} (comes|come|came|creeps|crept|sneaks|sneaked|snuck|keeps coming|gets) (in|into) (my|our) (room|bed|bedroom)\b.{0,40}\b(hate|don't like|do not like|scared|scares|frightens|frightened|uncomfortable|touch|touches|touched|when (mum|my mum|everyone|everybody)( is|'s)? (asleep|out|at work|away)|i (lock|locked|have to lock|try to lock|keep locking) (the|my) door|(put|wedge|push|pushed|wedged) (a|the|my) (chair|drawers|chest of drawers|desk|bed) (against|under) (the|my) door)\b",
    // Smothered: "he held a pillow over my face till i stopped fighting".
    r"\b(he|she|they|my \w+)( [\w']+){0,4} (held|holds|holding|put|puts|pressed|presses|pressing|pushed|shoved) (a|the) (pillow|cushion|hand|bag|plastic bag) (over|on|onto|against) my (face|head|mouth|nose)\b",
    // Intimate images threatened: "if i leave he'll share the videos".
    r"\b(if|unless) i\b.{0,40}\b(he|she|they|my \w+)('ll| will|'d| would| is going to| are going to| threatens to| threatened to| says he'll| says she'll| said he'd| said she'd)( [\w']+){0,2} (share|send|post|leak|upload|show|put up|spread)( [\w']+){0,3} (videos?|pictures|photos|pics|nudes|images|sex tape)\b|\b(he|she|they|my \w+)('ll| will|'d| would| is going to| are going to| threatens to| threatened to| says he'll| says she'll| said he'd| said she'd)( [\w']+){0,2} (share|send|post|leak|upload|show|put up|spread)( [\w']+){0,3} (videos?|pictures|photos|pics|nudes|images|sex tape)\b.{0,30}\b(if|unless) i\b",
    // Intimate images shared: "is sharing my nudes".
    r"\b(sharing|shared|share|shares|posted|posting|posts|leaked|leaking|sending|sent|spreading|spread|showing|showed) (my|me) (nudes|naked (pictures|pics|photos)|private (pictures|pics|photos)|intimate (pictures|pics|photos|images))\b",
    r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend)( is|'s| has been) (so |really |very |getting )?(violent|controlling|abusive|threatening(\s*(\||$)| me| us| and| towards| when| to me))",
    r"\bthreat(en|ens|ened)? to (kill|hurt)\b",
    r"\b(threaten|threatens|threatening|threatened|harass|harasses|harassing|stalks|stalking|intimidates|intimidating) me\b",
    r"\b(need|needs|have) to (escape|get away) from (him|her|them|my \w+)\b",
    r"\b(nowhere|no where) (safe )?to (go|stay|sleep)\b",
    r"\b(i'm|i am|i've been|been|currently|now) (homeless|sleeping rough|sleeping on the streets|living on the streets|living in my car|sleeping in my car)\b|\bsleeping in (a|the) (doorway|tent|park|car park|bus shelter)\b",
    r"\b(scared|afraid|frightened|terrified|worried) (of )?what (he|she|they|my [\w']+)('ll| will| might| would|'d| is going to) do\b",
    r"\b(not|don't feel|dont feel|never feel|doesn't feel|do not feel|don't|never) (feel )?safe (living with|around|near|alone with|being with) (him|her|them|my [\w']+)\b",
    r"\b(someone|somebody|a man|a guy|he|she|they|my ex)('s| has| is| have| are| keeps)? (been )?(following|stalking|watching|waiting for) me\b",
    r"\b(kicked|thrown|threw) me out\b",
    r"\b(i've been|i was|i got|been|got|i'm being|just been|i've just been|i've got) (kicked|thrown|chucked) out(\s*(\||$)| of (home|the house|my (house|home|flat|mum's|dad's|parents'|family home))| and)",
    r"\b(sofa|couch) surfing with (people i don't know|people i barely know|strangers|people i've just met|randoms)\b",
    r"\b(has been|have been|keeps|kept|keep|was|is|been|started)( [\w']+){0,5}( and)? touching me\b",
    // Cut off from help: "she smashes my phone so i can't call anyone".
    r"\bso (that )?i (can't|cannot|can not|couldn't|could not|won't be able to|wouldn't be able to) (call|ring|phone|contact|text|message|talk to|speak to|tell|reach|get help from|get hold of) (anyone|anybody|for help|the police|help|my (family|friends|mum|mom|dad|sister|brother|mates|parents))\b",
    // Threats said as what will be done: "they've said what they'll do to me".
    r"\b(said|says|told me|tells me|texted|text|messaged|threatened|warned me|know)( [\w']+){0,3} what (they|he|she|they're|he's|she's)('ll| will|'d| would| are going to| is going to| gonna| going to) do to (me|us|my \w+)\b",
    r"\b(pins|pinned|pinning|holds|held) me down\b",
    // Tracked, made to hand over money, left in a chair, locked out overnight, images sent
    // to punish, waited for.
    r"\b(put|puts|putting|installed|installs|hid|hidden) (a |an )?(tracker|tracking (app|device)|spyware|airtag|location tracker)( [\w']+){0,3} (on|in|under) my (phone|car|bag|laptop)\b",
    r"\b(hand over|give (him|her|them)|take|takes|took|have to give (him|her|them)) (all )?(of )?my (wages|money|pay|benefits|pension|bank card|card|earnings)\b.{0,40}\bor (there's|there is|there'll be|he'll|she'll|they'll|else|i get)\b",
    r"\b(leaves|left|leave|leaving) me (in (my|the) (chair|wheelchair|bed)|sat in my own (mess|wee|urine)|without (food|water|my (meds|medication|tablets)))( all day| all night| for hours| for days| for the whole day)\b",
    r"\b(locked|shut|put|kept|made to stay|left) (me |us )?out(side)? in the (garden|cold|rain|yard|street|snow)( [\w']+){0,3}( all night| overnight| for hours| till morning)\b",
    r"\b(sent|shared|posted|leaked|spread|showed) my (photos|pictures|pics|videos|messages)( [\w']+){0,5} (after i (broke up|split up|dumped|left|ended it)|to get back at me|because i (left|dumped|broke up|ended it))\b",
    r"\b(keeps|kept|keep|has been|have been|always|is always|starts) (waiting|hanging around|turning up|showing up|appearing|lurking|parked) (by|outside|at|near|round) my (car|house|flat|door|work|school|gym|home)\b",
    // Cut off and watched: "he made me cut everyone off and checks where i go".
    r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|fella|missus)( [\w']+){0,2} (made|makes|make|forced|forces) me (to )?(cut|stop seeing|stop talking to|drop|give up) (everyone|all my friends|my friends|my family|my mates|people|my mum|my sister)( off| out)?\b",
    r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|fella|missus)( [\w']+){0,2} (checks|tracks|monitors|watches) (where i go|where i am|who i see|who i talk to|my location|my every move)\b",
    // A lock against someone in the house: "a lock on my door so my step brother can't get in".
    r"\b(lock|bolt|latch|chair|wedge)\b( [\w']+){0,4} (my|the) (bedroom )?door so (that )?(he|she|they|my (step ?brother|brother|step ?dad|dad|father|step ?father|uncle|cousin|mum's boyfriend|mom's boyfriend|grandad|lodger|flatmate|housemate|partner|husband|ex)) (can't|cannot|can not|won't|doesn't|don't|couldn't) (get|come|walk) in\b",
    // Neglect as punishment: "makes me sleep in the shed", "doesn't feed me till the next day".
    r"\b(makes|made|make|forces|forced|sends|sent) (me|us) (to )?(sleep|stay) (in the (shed|garden|garage|car|cellar|basement|cupboard|bath)|outside|out in the (garden|cold))\b",
    r"\b(he|she|they|my (step ?mum|step ?dad|mum|mom|dad|mother|father|parents|carer|husband|wife|partner|boyfriend|girlfriend|foster (mum|dad|carer)))( [\w']+){0,2} (doesn't|does not|don't|do not|won't|will not|didn't|did not|never|wouldn't) (feed|feeds) (me|us)\b",
    // A door barred against someone: "sleeping with a chair against the door because of my
    // dad".
    r"\b(chair|wedge|the bed|my bed|furniture|the wardrobe|a chest of drawers|drawers|something) (against|under|behind|in front of) (the|my) (bedroom )?door( handle)?\b.{0,40}\b(because of (him|her|them|my \w+)|in case (he|she|they|my \w+)|so (he|she|they) (can't|cannot|won't|doesn't|don't))\b",
    r"\b(hits|beats|hurts|hit|beat|hurt) (my (mum|mom|mother|sister|brother|dad)) and me\b",
    r"\bnot allowed (to )?(go out|leave|see (my )?(friends|family|mum|mates)|have (my own )?(money|phone|bank card))\b",
    r"\bget away from (him|her|them)\b",
    r"\b(sending|sends|sent) me threats\b",
    r"\b(scared|afraid|terrified|frightened) (he|she|they)('ll| will| might| is going to) find (out where i|me)\b",
    r"\b(being|been|was|am) forced to (do|have)\b",
    r"\b(scared|afraid|frightened|terrified) (to go|of going|to be) (back )?(home|in the house|to the (flat|house)|to my (flat|house|place|room)|back there)\b",
    r"\b(threw|throws|throwing|has thrown|hurled) (a |the |his |her |their |my )?[\w']+( [\w']+)? at (me|my (head|face|back|belly|bump|legs?|arms?|chest))\b",
    // A cover story for injuries: "i've got bruises but i told work i fell".
    r"\b(bruises?|bruised|marks|black eye|cuts?|injur(y|ies)|broken (arm|wrist|rib|ribs|nose))\b.{0,50}\b(told|tell|said|say|saying|telling) (\w+ ){0,2}(i|that i) (fell|fell over|tripped|slipped|walked into|bumped into|banged (it|my \w+))\b",
    // Hurt when nobody is looking.
    r"\b(pinch|pinches|pinched|pinching|slap|slaps|slapped|hit|hits|kick|kicks|push|pushes|shove|shoves|grab|grabs|hurt|hurts|squeeze|squeezes|twist|twists|smack|smacks|poke|pokes|punch|punches|rough with)( me| my \w+)( [\w']+){0,3} (when|while|where) (no one|nobody|noone|no body)('s| is| can)? (looking|around|watching|about|see)\b",
    // Private pictures of one shared.
    r"\b(sharing|shared|share|shares|posted|posting|posts|leaked|leaking|sending|sent|spreading|spread|showing|showed|put|putting|uploaded|uploading) (private|intimate|naked|nude|explicit|sexual|my private|my intimate) (pictures|pics|photos|images|videos|vids) of me\b",
    // An app put on one's phone to know where one is.
    r"\b(put|puts|putting|installed|installs|hid|added) (a |an )?(app|tracker|something|software|spyware)( [\w']+){0,3} on my (phone|car|laptop)\b.{0,30}\b(knows?|see|track|tracks|follow|follows|check|checks) (where i am|where i go|my location|everything i do)\b",
    // "No one will believe you", and the kids as a threat.
    r"\b(says|said|tells me|told me|keeps saying|reminds me)( that)? (no one|nobody|noone|no body)( will| would| is going to|'ll|'d)( ever)? believe (me|you|a word)( if (i|you) (told|tell|reported|report|said)( (anyone|anybody|someone|them|him|her|people|the police))?(( what| about what) (he|she|they|my \w+) (does|did|do|has done|is doing|does to me|did to me)| how (he|she|they|my \w+) (treats|treated|talks to|speaks to) me| about (him|her|them|it)| it)?)?\s*(\||$| and\b| but\b| so\b| anyway\b)",
    r"\b(says|said|threatens|threatened|threatening|keeps saying|told me|tells me)( that)? (he'll|she'll|he will|she will|he'd|she'd|he would|she would|he's going to|she's going to|they'll|they will) take (the|my|our) (kids|children|baby|son|daughter)( away| off me| from me)?\s*(\||$|\band\b)",
    // Hiding from a drunk or raging parent or partner.
    r"\b(drunk|drinking|kicks off|kicking off|kicked off|angry|rage|raging|shouting|screaming|violent|loses it|lost it)\b.{0,60}\b(i|we) (hide|hid|have to hide|go and hide|run and hide|lock ourselves|lock myself)\b",
    // Let in at night.
    r"\b(letting|lets|let) (himself|herself|themselves) in( [\w']+){0,3} (at night|in the night|when i'm (asleep|in bed|sleeping|in the shower)|while i( sleep|'m asleep))\b",
    // Kept short of food; punished over money.
    r"\b(keeps|kept|keeping) me (short of|without) (food|money|meals|my meds|medication)\b",
    r"\b(money|spend|spending|receipts|bank|wages)\b.{0,40}\b(punishes|punish|punished|punishing) me\b",
    // Asked to meet, and to keep it secret.
    r"\b(online|discord|snapchat|snap|instagram|insta|tiktok|roblox|fortnite|a game|the game|whatsapp|an app)\b.{0,60}\b(meet up|meet him|meet her|meet in person|come over|send (pics|pictures|photos))\b.{0,40}\b(not (to )?tell|don't tell|keep it (a )?secret|our secret|without telling)\b",
    // "Gives us a hiding."
    r"\b(gives|gave|giving|give) (me|us) (a|another) (good )?(hiding|beating|kicking|slap|slapping|clip round the ear|black eye|thumping|pasting|battering|leathering)\b",
    // Careful what one says, or one pays for it.
    r"\b(careful|watch) what i (say|do|wear|eat)\b.{0,30}\bor (i|i'll|i will|else i) (pay for it|get it|get hurt|suffer|get hit|get a beating)\s*(\||$)",
    // A temper, and one's own bruises.
    r"\b(i'm|i am) the one with the (bruises|marks|black eye|injuries|scars)\b",
    r"\b(temper|drinks|drunk|angry|rages?)\b.{0,40}\b(my|the) (bruises|black eye)\b|\b(temper|drinks|drunk|angry|rages?)\b.{0,40}\bi'm the one with\b",
];

/// Sayings that sound risky but are not. Blanked out before screening.
const IDIOMS: &[&str] = &[
    // Other plans, and what they are: "i've made other plans | moving to leeds".
    r"\b(made|making|got|have) other (plans|arrangements)\b( \|)?( [\w']+){0,3} (moving|move|moved|a new job|new job|holiday|starting|uni|college|therapy|counselling|a counsellor|a therapist|referred|private)\b",
    // The far side of an operation or a trial: "surgery tomorrow | see you on the other side".
    r"\b(surgery|operation|op|exam|exams|flight|procedure|anaesthetic|anaesthetist|general|labour|induction|c section|caesarean|results|interview|deadline|night shift|festival|move|moving day)\b( [\w']+){0,4}( \|)? (see you|see ya|see u|cya|c u|c you|c ya|see yous|see you all) on the other side\b",
    // A house rule at the table: "she takes my phone off me at dinner | house rule".
    r"\b(takes|took|take|taking) my phone( off me| away)? (at|during|for) (dinner|tea|mealtimes|meals|the table|family time|dinner time|tea time)\b",
    // Affairs settled with a professional: "i have settled my affairs with the solicitor".
    r"\b(settled|settling|sorted|sorting|put|putting|tidied|tidying) (up )?(all )?my affairs( in order)? with (the|my|a|our) (solicitor|accountant|lawyer|bank|executor|financial adviser|financial advisor|tax office|council)\b",
    // Away for the night, and where: "dont worry bout me after tonight | i'll be at my mums".
    r"\bworry about me (after|from) (tonight|today|tomorrow)\s*\|\s*(i'll|i will|i'm going to) be (at|in|with|staying|round|over|back)\b",
    // Harm feared from an operation or a journey: "my mum will have the girls if anything
    // happens to me during the op".
    r"\bif (anything|something) (happens|happened|should happen|were to happen|was to happen) to me (during|in|on|while|when) (the |my )?(op|operation|surgery|theatre|labour|birth|the birth|delivery|flight|tour|deployment|i'm (in hospital|away|abroad|travelling|on holiday|deployed|on tour|flying|under|having))\b",
    // Thanks on the way to another service: "thanks for trying | you've been kind | but i'm
    // moving to a different service".
    r"\b(thanks|thank you|ty)\b.{0,60}\b(moving|switching|changing|going|transferring|been referred|referred|signed up|starting)( over)? (to|with) (a |an |another |a different |my |the |some )?(different |new |other |proper |face to face |in person |private |nhs )?(service|therapist|counsellor|app|course|programme|gp|team|clinic|provider|therapy|talking therapy|talking therapies|group|cbt)\b",
    // "Dead" as "very", in the North and beyond: "dreaming about being dead rich", "i'm dead
    // tired".
    r"\bdead (rich|posh|good|easy|funny|nice|lucky|jealous|chuffed|proud|excited|nervous|tired|hard|simple|quick|busy|quiet|loud|cold|hot|cute|sweet|friendly|happy|brave|fit|clever|smart|popular|handy|close|proper)\b",
    // No future in a job or with someone: "i don't see a future where i'm in that job".
    r"\b(don't|do not|can't|cannot) see (a|any) future (in|with|for) (this|that|the|my|our|him|her|them|us|it|\w+ing)\b|\bfuture where i('m| am) (in|at|with) (that|this|the|my|a|him|her) (job|role|relationship|house|team|company|place|town|city|course|career|marriage|band|club|school|uni)\b",
    // A ring taken off for a reason: "i've left my wedding ring on the bedside table | it's too
    // tight in this heat".
    r"\b(wedding |engagement )?ring\b.{0,60}\b(too tight|too loose|swollen|fingers swell|in this heat|for work|for the gym|(while|when) i (cook|bake|clean|garden|work|swim|shower|knead)|(take|took|taking) it off (to|for|when|while|at)|to (cook|bake|clean|garden|swim|shower)|to get it resized|being resized|getting resized|to be cleaned|getting cleaned)\b",
    // Skin scratched for an itch: "i keep scratching my arms because of the eczema".
    r"\b(scratch|scratching|scratched|scratches)( [\w']+){0,4} (because|cos|from|with|due to)( of)? (the |my |this |these )?(eczema|psoriasis|hives|rash|bites|mosquito bites|midge bites|itch|itching|dermatitis|chickenpox|chicken pox|allergy|allergies|dry skin|heat rash)\b",
    // Killed, in jest, for something done: "my wife will kill me when she gets back | i spent
    // 200 quid on fishing gear", "... when she gets home lol".
    r"\bkill me when (he|she|they) (gets|get|comes|come) (in|home|back|round)\b(( \|)? (i|i've) (spent|bought|broke|lost|forgot|ate|drank|crashed|dented|smashed|burnt|burned|spilt|spilled|missed|left|booked|ordered|sold)\b| (lol|haha\w*|lmao|xd)\b)",
    // Not existing for a while, and how: "i just want to not exist for a while | like switch my
    // phone off for a weekend".
    r"\bnot exist for (a while|a bit|a (day|weekend|week|few days|night))\b( \|)?( [\w']+){0,3} (switch|switching|turn|turning|put|putting|go|going) (my |the )?(phone|notifications|socials|laptop|emails?|off grid|offline)\b",
    // Mileage checked for a claim, things thrown out in a clear out.
    r"\bchecks my (mileage|receipts|spending)\b( [\w']+){0,3} (for|because of) (my |the |our )?(expenses|expense|claim|tax|work|lease|insurance|budget|budgeting|accounts)\b|\b(throw|throws|threw|throwing) (things|stuff|my \w+|loads)( [\w']+)? (out|away)\b( [\w']+){0,3} (clear out|declutter|decluttering|tidy|spring clean|charity shop)",
    // A happy secret kept: "hugged everyone | none of them knew | surprise party worked".
    r"\b(none of them|nobody|no one) (knew|had a clue)\b.{0,40}\b(surprise|party|proposal|proposed|engaged|pregnant|reveal|present|presents|gift|birthday|wedding)\b|\b(surprise|party|proposal|proposed|engaged|pregnant|reveal|present|presents|gift|birthday|wedding)\b.{0,40}\b(none of them|nobody|no one) (knew|had a clue)\b",
    // Hurt on a thing about the house or garden: "i scalded myself on the kettle", "keep
    // giving myself bruises on the coffee table", "scratched my arms to bits on the brambles".
    r"\b(cut|cuts|scratch|scratched|scratches|scald|scalds|scalded|burn|burns|burnt|burned|bruise|bruised|bruises|(give|gives|giving|gave) myself bruises)( myself| my (arms?|legs?|hands?|fingers?|shins?|knees?|feet|toes?))?( to bits| again| all the time)? on (the|a|some|those|my|our|that) ([\w']+ ){0,2}(kettle|brambles|nettles|thorns|rose bush|roses|coffee table|table|corner|door|bed frame|cat|dog|tin|can|oven|iron|hob|pan|fence|hedge|barbed wire|branches|radiator|toaster|grater)\b",
    // Waiting to see one home: "a man from the flats who waits for me after school to walk
    // me home, he's my grandad".
    r"\bwaits? for me( [\w']+){0,3} to (walk|drive|take|bring|pick) me\b",
    // Goodbyes before a move: "said my goodbyes at the allotment, we're moving to leeds".
    r"\b(said|saying|say) (my |our |a |all )?goodbyes?\b[^|]{0,40}(\| )?(we're|i'm|we are|i am|we|i) (moving|off to|emigrating|leaving for|relocating|heading off to|going to (live|university|uni))\b",
    // Off work for an illness: "i've told work i won't be in next week, i've got the flu".
    r"\b(won't|will not|can't|cannot) be in( work)? (next week|tomorrow|today|this week|on \w+day)\b[^|]*(\| )?[^|]*\b(the flu|flu|covid|a cold|a bug|sickness|the lurgy|off sick|poorly|a migraine|tonsillitis|hospital appointment|dentist)\b",
    // A letter for an occasion: "there's a letter for my wife in my coat pocket, it's an
    // anniversary surprise".
    r"\b(letter|note|card)s? for (my|the) \w+\b[^|]*(\| )?[^|]*\b(anniversary|birthday|surprise|valentine's|valentines|christmas|mother's day|father's day)\b",
    // Names carved into things: "i carved our initials into the tree".
    r"\b(carved|scratched|etched|cut|scored) (our|my|his|her|their|the kids'|a) (initials|names?|heart|date) (into|in|on|onto) (the|a|an|our|that) (tree|desk|bench|wood|table|wall|door|pumpkin|stone)\b",
    // Living somewhere or with someone, tired of: "tired of living in this flat".
    r"\b(tired|sick|fed up) of living (in|with|at|off|on|next to|near|under|round|above|below) (this|that|the|my|a|these|those|him|her|them|mum|dad|\w+'s)\b",
    // A bridge stood on in company: "i stood on the railway bridge with my son watching the
    // trains".
    r"\b(stood|standing|stand|stands)( [\w']+){0,4} (bridge|platform)( [\w']+){0,4} with (my|the|our) (son|daughter|kids?|children|grandson|granddaughter|grandkids|dad|mum|wife|husband|partner|mates?|friends?|dog|class|family)\b",
    // Things returned before a known change: "returned my library books and my work laptop
    // before my maternity leave".
    r"\b(returned|handed back|handed in|gave back|given back|took back)( [\w']+){0,8} before (my|the|our) (maternity leave|paternity leave|holiday|holidays|new job|move|operation|trip|sabbatical|leave|course|exams|wedding)\b",
    // Passwords kept against forgetting: "written down all my passwords for my wife in case i
    // forget them again".
    r"\b(passwords|pin numbers|pins)( [\w']+){0,5} (in case i forget|so i don't forget|so i remember|for when i forget)\b",
    // Well back from an edge, as the anxious stand: "i keep standing well back from the
    // edge of the platform when the fast trains come through".
    r"\b(stand|stands|standing|stood|stay|stays|staying|stayed|keep|keeps|keeping|kept|step|stepped|move|moved) (well|right|way|far|further|a long way|miles) (back|away) from the edge( of (the|a) [\w']+)?",
    // Not waking for a reason of rest: "i don't want to wake up tomorrow, it's my day off and
    // i've set no alarm".
    r"\b(don't|do not) want to wake up (tomorrow|early|in the morning|till|until|before)\b[^|]*(\|[^|]*)?\b(day off|days off|lie in|the weekend|bank holiday|off work|off school|i'm off tomorrow|on holiday|set no alarm|no alarm set|(turned|switched) (my |the )?alarm off|(turned|switched) off (my |the )?alarm|(till|until) (noon|lunch|lunchtime|dinner time|\d+))\b",
    // A quiet place: "i sat in the car in the garage | it's the only quiet place".
    r"\bin (the|my) car( [\w']+){0,5} garage\b.{0,40}\b(only quiet place|peace and quiet|some peace|a bit of peace|to make a (phone )?call|to eat my lunch|away from the kids)\b",
    // Warming up: "running my hand under the hot tap to warm it up".
    r"\bunder the (hot )?tap( [\w']+){0,2} to (warm|heat) (it|them|my hands?|my fingers) up\b",
    // Pets shared after a split: "who gets the dogs when we split up".
    r"\bwho gets (the|my) (dog|dogs|cat|cats|house|flat|kids|car)( [\w']+){0,3} (when|after|if|now) (we|they|i) (split|split up|separate|separated|divorce|break up|broke up)\b",
    // A threat over a small thing: "i'll kill him if he eats my leftovers again".
    r"\b(kill|murder|strangle|throttle|batter) (him|her|them|you)( [\w']+){0,2} if (he|she|they|you) (eats|eat|drinks|drink|uses|use|takes|take|nicks|nick|steals|steal|finishes|finish|moves|move|breaks|break|forgets|forget|touches|touch)( [\w']+){0,2} (my|the) (leftovers|food|chocolate|biscuits|crisps|snacks|charger|phone charger|shampoo|milk|lunch|dinner|tea|sandwich|wine|beer|hair straighteners|remote|last slice|pizza|cake)\b",
    // Keeping awake: "hitting myself in the face with the pillow trying to stay awake".
    r"\b(hitting|slapping|pinching|hit|slapped|pinched|smacking) myself( [\w']+){0,6} (to stay awake|trying to stay awake|to keep awake|to wake (myself )?up)\b",
    // A tracker for the insurance: "my dad put a tracker on my car for the insurance discount".
    // Or on things that get lost: "he's put a tracker on my keys because i keep losing them".
    r"\b(tracker|black box|telematics box)( [\w']+){0,6} for (the )?(insurance|a discount|cheaper insurance|the insurance discount)\b|\b(tracker|trackers|airtag|airtags|air tag|air tags|tile)( [\w']+){0,4} (because|cos|coz|cause|as|since|so) (i|we|he|she|they|you) (keep|keeps|kept|always|never|can't|couldn't|don't|won't)( [\w']+){0,2} (lose|loses|losing|lost|find|finding|forget|forgets|forgetting)\b",
    // Rope for a pastime: "practising with the rope in the garage for climbing club".
    r"\b(rope|ropes|knots?)( [\w']+){0,6} for (climbing|sailing|scouts|cubs|brownies|guides|the boat|camping|the swing|a swing|tug of war|abseiling|bouldering|the climbing wall|my climbing|rock climbing)\b",
    // A goodbye before a move: "to say goodbye before we move to canada".
    r"\b(say|said|saying) (a |my |our )?(proper |final |last )?goodbyes?( to [\w' ]{1,30}?)? (before|as) (we|i|they|she|he) (move|moving|leave|leaving|emigrate|emigrating|go|fly|flying|head|heading)\b|\b(said|saying) (my |our )?goodbyes?( at| to)( [\w']+){1,3}( \|)? (i'm |we're )?(off to|going to|flying to|heading to|away to|moving to)\b( [\w']+){0,6} (for (a|two|three|six) (week|weeks|month|months|fortnight)|for the (summer|winter)|on holiday)\b",
    // Knots for a pastime: "practising tying knots from a youtube video for sailing club".
    r"\b(practis|practic)\w* (tying|tie|with|making) (a |the )?knots?\b.{0,40}\b(sailing|scouts|climbing|fishing|boat|sea cadets|camping|cubs|brownies|guides|macrame|craft|crafts|dinghy|badge)\b",
    // Goodbye said to a place or a job: "i wanted to say goodbye properly to my old job".
    r"\b(say|said|saying) (a )?(proper )?goodbye( properly)? to (my|the|our) (old )?(job|house|flat|home|car|colleagues|team|workmates|school|uni|office|holiday|summer|hair|class|students|street|neighbours|house mates|flatmates)\b",
    // Ready for an event: "i'm ready now for my driving test".
    r"\b(i'm|i am|feel|feeling) (so |really |finally )?ready( now)? for (my|the|a|our) (driving test|test|exam|exams|interview|appointment|operation|presentation|holiday|wedding|date|match|race|new job|first day|meeting|big day|trip|flight|exposure|session)\b",
    // A comic weapon: "if he comes near my chips again i'll stab him with my fork lol".
    r"\b(stab|stabbing|stabbed|poke|poking) (him|her|them|you|my \w+) with (a|my|the|his|her) (fork|spoon|pencil|biro|pen|spork|chopstick|cocktail stick|straw)\b",
    // Chores and their threats: "she says she'll kill me if i leave the washing up again".
    r"\b(kill|murder|strangle) me if i (leave|forget|break|lose|spill|eat|miss|don't (do|wash|take out|put away|empty)) (the|her|his|their|my) (washing up|dishes|bins|bin|milk|keys|laundry|towels|toilet seat|last biscuit|chocolate|biscuits|shopping|dishwasher|hoovering)\b",
    // Things given away for a move: "giving my stuff away bit by bit | decluttering for the move".
    r"\b(give|gives|given|giving|gave) (away )?(my|all my|most of my|loads of my) (things|stuff|belongings|possessions|clothes)( away)?( [\w']+){0,4}( \|)? (decluttering|declutter|for the move|before the move|moving house|moving out|moving abroad|emigrating|downsizing)\b",
    // Pinched to check it is real: "i pinch myself every morning to check i'm not dreaming".
    r"\bpinch(es|ing|ed)? myself\b.{0,50}\b(dreaming|a dream|it's real|it is real|believe it)\b",
    // Shaving: "took a razor to my legs ... before the holiday".
    r"\b(razor|razors)( [\w']+)? (on|to|across|over) my (legs|armpits|pits|underarms|bikini line|beard|head|face|chin|chest|eyebrows|moustache|stubble)\b.{0,60}\b((before|for) (the|my|a|our) (holiday|holidays|beach|wedding|date|party|swim|night out|summer)|(i was|was|while|when) shaving|shaved (them|it|my \w+)|a (quick |close )?shave)\b",
    // Letters kept for a child's future: "letters to my kids for when they turn 18".
    r"\b(letters?|notes?|cards?|messages?)( [\w']+){0,4} for when (they|he|she|you|my \w+) (turn|turns|are|is|reach|reaches|grow up|grows up|get older|gets older|leave home|leaves home|go to uni|goes to uni|start school|starts school|get married|gets married)\b",
    // Not worth the strain: "no point killing myself over an exam".
    r"\b(no point|not worth|no use|pointless)( in)? kill(ing)? myself (over|for) (it|this|that|an? [\w']+|the [\w']+|my [\w']+|work|exams?|school|uni)\b",
    // A location shared by choice: "my partner checks my location | which i actually like".
    r"\b(checks|tracks|has|shares|share|can see|looks at|sees) (my|our) (location|locations|phone location|live location)\b.{0,40}\b(i (actually |really )?like( it)?|i asked (him|her|them) to|we both (do|share|have)|both of us|for safety|to make sure i'm (safe|ok|okay)|which i like|i don't mind|i'm fine with it)\b",
    // Play, not violence: "he threw a ball at my head in pe", "she threw a pillow at me lol".
    r"\b(threw|throws|throwing|chucked|chucks|lobbed) (a |the |his |her |their |my |some )?(ball|football|tennis ball|snowball|snowballs|water balloon|water balloons|frisbee|pillow|cushion|sock|socks|paper|paper ball|rubber|pen|sweet|sweets|grape|grapes|popcorn|teddy|soft toy|bean bag|dodgeball|netball|rugby ball|towel) at (me|my (head|face|back|legs?|arms?))\b",
    // A big night named: "tonight's the night | first date in years".
    r"\b(tonight's|tonight is|today's|today is|this is) the (night|day|big day|big night)\b.{0,40}\b(date|party|gig|match|game|concert|show|premiere|launch|wedding|proposal|interview|exam|opening|birthday|anniversary|final|results|flight|audition|performance|recital|race|marathon|driving test|(asked|ask|asking) (her|him|them) out|propose|proposing|proposed|pop the question|popped the question)\b",
    // Pushed to do better: "my coach pushes me in training".
    r"\bpush(es|ed|ing)? me (hard |harder |too hard |so hard )?(in|at|during) (training|practice|the gym|class|lessons|rehearsals?|sessions?|work|school|revision)\b|\bpush(es|ed|ing)? me to (do better|be better|try harder|work harder|train harder|improve|do my best|keep going|go for|apply|get better)\b",
    // A goodbye for a while: "said goodbye to my cats for the week".
    r"\b(said|saying|say) (my )?goodbyes?( to [\w' ]{1,30})? (for (the|a|now|tonight|today|this) ?(week|weekend|night|day|summer|holidays?|term|month|year|now|tonight|today|while|bit)?|at the (station|airport|school gate|gate|door|party|pub|hospital)|before (the|my|our|his|her) (flight|train|holiday|trip|move))\b",
    // Nothing left in a shop or a fridge: "nothing left for me here | off to the other shop".
    r"\bnothing left for me (to (do|eat|read|watch|buy|pack|sort)|in the (fridge|shop|sale|box|pot)|at the (buffet|shop|sale|party|bar))\b|\bnothing left for me here( \|)? (off to|going to|heading to|i'll try|try|moving on to|time to try)\b",
    // A knife with a use: "i've got a knife in my bag for the picnic".
    r"\b(a|my) (knife|penknife|pocket knife|kitchen knife|bread knife|stanley knife)( [\w']+){0,4} for (the |a |my |our )?(picnic|camping|fishing|work|cooking|cake|the cake|bread|dt|food tech|whittling|garden|gardening|opening boxes|boxes|allotment|packed lunch|fruit|apples?)\b",
    // Tablets sorted, not taken: "took my whole week's meds out of the packet and put them
    // in my pill organiser".
    r"\b(took|take|taking|taken) (my|the|all my|all the|a|the whole)( [\w']+){0,3} (meds|tablets|pills|medication|capsules)( [\w']+){0,2} out of (the|my|it's|their) (packet|packets|box|boxes|bottle|blister|blister packs?|cupboard|bag|drawer)( [\w']+){0,5} (pill organiser|pill box|dosette( box)?|weekly box|organiser|pill case)\b",
    // Hands warmed or washed: "i hold my hands under the hot tap to warm up".
    r"\b(hands?|fingers|arms?) under the (hot |warm )?tap( [\w']+){0,2} to (warm|thaw|defrost|wash|rinse|clean|get the feeling back|soothe|cool)\b",
    // A follow that is spam: "someone keeps following me on instagram | it's a bot".
    r"\bfollow(ing|s|ed)? me on (instagram|insta|twitter|x|tiktok|facebook|snapchat|snap|twitch|youtube|strava|spotify|linkedin)( \|)? (it's|its|it is|they're|probably|must be) (a |just a |some |an )?(bot|bots|spam|spam account|brand|shop|business|company|advert)\b",
    // The sea for pleasure: "walking into the sea at brighton | it's so calming".
    r"\bwalk(ing|ed)? into the sea\b.{0,30}\b(calming|calm|swim|paddle|paddling|bracing|lovely|beautiful|holiday|dip|refreshing|freezing)\b",
    // A trouble with a thing, not with life: "i can't go on like this with my landlord".
    r"\bcan't (go on|carry on|keep going) like this with (my|the|this|these|our) (landlord|job|boss|neighbours?|flat|house|commute|car|back|knee|debt|bills|workload|hours|manager|noise|schedule|rota)\b",
    // Turning up where the children are: "my ex keeps turning up to the kids' football".
    r"\bturn(s|ing|ed)? up (to|at) (the kids'|the kids|our kids'|my kids'|the|his|her|their) (football|match|matches|games?|parents evening|school play|party|parties|nativity|sports day|swimming|training)\b",
    // Bedtime rules: "my dad makes me sleep with the window open".
    r"\bmakes? me (sleep|go to bed) (with the (window|door) open|with the light (on|off)|early|at \d+|by \d+)\b",
    // Away tomorrow, and where: "if i'm not here tomorrow | i'm at the dentist".
    r"\bif i('m| am) not (here|around|in) (tomorrow|today|on \w+|next week|later)( \|)? (i'm|i'll be|i am|i will be) (at|in|on|away|off)\b",
    // Living on a food: "i want to stop existing on junk food".
    r"\bstop (existing|living) on (junk food|takeaways|coffee|toast|crisps|biscuits|caffeine|energy drinks|ready meals|noodles|sugar|chocolate)\b",
    // No future in a job or a place: "i don't see a future for myself in this company".
    r"\b(don't|do not|can't|cannot) see (a|any) future( for (me|myself|us))? (in|at|with) (this|the|my|that|our) (company|job|team|town|industry|career|role|place|firm|school|course|band|club|area|city|house|flat)\b",
    // A sharpener's blade taken out to mend it: "to clean it".
    r"\bblades? out of (a |my |the )?(pencil )?sharpeners? to (clean|replace|change|fix|unblock|empty)\b",
    // Cutting a thing out of one's diet or costs: "i've been cutting carbs".
    r"\bcutting (out |back on |down on )?(carbs|sugar|calories|costs|corners|meat|dairy|gluten|alcohol|booze|caffeine|bread|crisps|snacks|takeaways|spending|my hours|hours)\b",
    // A horse sold for money: "said goodbye to my horse | sold her ... because i can't afford
    // the livery".
    r"\b(said|saying) (my )?goodbyes? to (my|the|our) (horse|pony|dog|cat|car|house|flat)\b.{0,60}\bbecause (i|we) (can't|cannot|couldn't|could not) (afford|keep|look after)\b|\b(said|saying) (my )?goodbyes? to (my|the|our) (horse|pony|dog|cat|rabbit|hamster|budgie)\b.{0,40}\b((he|she|it) (was|got|had to be) (put down|put to sleep)|(he|she) (passed|died))\b",
    // Fed up with how one lives, and moving: "had enough of living like this | i'm ready to
    // move house".
    r"\b(had|have) enough of (living|life) like this( \|)? (i'm|i am|we're|so i'm|time to) (ready to |going to |about to )?(move|moving|leave|leaving|find|finding|get|getting|quit|quitting|change|changing|look|looking|sell|selling)\b",
    // A knock from a door: "i hit myself in the face with the car door".
    r"\bhit myself (in|on) the (face|head|eye|nose|leg|knee|shin|mouth)( [\w']+){0,3} with the (car door|door|cupboard|cupboard door|boot|fridge door|ladder|branch|window)\b",
    // A job left, and the team fine: "leaving my job | they'll be alright without me".
    r"\b(leaving|left|quit|quitting) (my|the|this) (job|team|company|work|club|band|course|group)\b.{0,40}\b(fine|ok|okay|alright|better) without me\b",
    // Born at a bad time: "i wish i'd never been born in january".
    r"\bnever been born (in|on) (january|february|march|april|may|june|july|august|september|october|november|december|a \w+day|\w+day|christmas( day| eve)?|new year's( day| eve)?|a leap year|the (80s|90s|00s|1980s|1990s|2000s))\b",
    // Sleep forever for comfort: "wanna go 2 sleep 4eva its so cosy".
    r"\b(go to sleep|sleep|stay in bed|stay in this bed|lie here|stay here)( forever| for ever)\b( \|)?( [\w']+){0,3} (it's|its|it is|this|the|my new|so) (so |really |too |lovely and |nice and )?(cosy|comfy|comfortable|warm|snug|soft|duvet|bed|mattress|pillows?|blanket|sofa)\b",
    // Letting go of a feeling or a habit: "let go of the grudge".
    r"\blet(ting)? go of (the|my|a|this|that|all|any|some|old|those|these|your|our|past) ?(grudges?|past|anger|resentments?|guilt|worry|worries|control|need|idea|fear|fears|expectations|perfectionism|stuff|things|job|relationship|hurt|bitterness|regrets?|shame|baggage|thoughts?|belief|beliefs|urge|habit|clutter|clothes|toys|it all go)\b",
    // Life as a compound: "done with life admin".
    r"\blife (admin|coach|coaching|hacks?|story|skills|lessons?|drawing|jacket|goals|update|updates|choices|events?|cycle|sciences?|long|size|saver|savers|changing|style)\b",
    // Sleeping in a car for a trip: "sleeping in my car at festivals | saves money".
    r"\bsleeping in (my|the|our) (car|van|campervan)\b.{0,20}\b(festivals?|gigs?|camping|the match|road trips?|the trip|work trips?|the ferry|the airport|saves money|save money|holiday|to save|surf|climbing|the race)\b",
    // Suicide as a figure for a bad idea: "that presentation was suicide".
    r"\b(presentation|meeting|joke|move|idea|decision|plan|outfit|haircut|interview|exam|game|match|tackle|overtake|overtaking|route|gig|speech|diet|workout|shift|pass|that|this)( [\w']+){0,2}( was| is| would be| will be|'d be|'ll be|'s) (absolute |total |complete |pure |basically |career |social |professional |political |commercial )?suicide\b(\s*(\||$)| lol| haha| for| in)",
    // A pet's teeth or claws: "my dog keeps biting my arm when we play".
    r"\b(dog|dogs|puppy|pup|cat|cats|kitten|hamster|rabbit|parrot|ferret|guinea pig)( keeps| kept| is| was| has been| always| still)? (biting|bit|bites|scratching|scratched|scratches|nipping|nipped|nips|chewing|chewed|clawing|clawed)( at| into)? (me|my (arm|arms|hand|hands|leg|legs|ankles?|feet|foot|fingers?|face|wrist|wrists|scalp|skin))\b",
    // A safe dose looked up: "how many of my tablets i can take in a day".
    r"\bhow many (of )?(my |the |these |those )?(tablets|pills|paracetamol|ibuprofen|painkillers|capsules|meds|co codamol|sleeping tablets|antihistamines)( [\w']+)? (i|you|we|he|she|they|a person|someone)( can| should| are allowed to| am allowed to| is allowed to|'re allowed to|'m allowed to)? (take|have) (in a day|a day|per day|at once|at a time|in 24 hours|daily|in one go|with food|before bed|safely)\b",
    // A rope with a use: "a rope in the garage for the tyre swing".
    r"\brope\b( [\w']+){0,5} for (the|a|my|our|his|her) (tyre swing|swing|washing line|clothes line|climbing|tow|towing|boat|tent|camping|hammock|trailer|tug of war|dog|gym|roof rack|trampoline|bonfire)\b",
    // A mind made up to something everyday: "i've made my mind up to go back to uni".
    r"\b(made|making|make) (my|our) minds? up (to|that i'll|that i'm going to|that we'll) (go back|go to|start|apply|book|sell|buy|join|change|move (house|out|in|to|back|away)|take the job|take up|learn|retrain|study|get a|try for|see a|ask for|do the course|finish the course|stay at|stay in|tell (her|him|them|my \w+)|quit (my job|smoking|drinking|vaping)|give up (smoking|drinking|vaping|sugar)|go for it|go part time|leave (my job|the job|work|uni|college|him|her))\b",
    // Switched off, not killed: "told me to kill the engine".
    r"\bkill(ed|ing|s)? (the|that|my|your) (engine|motor|lights|light|music|telly|tv|radio|power|mood|vibe|conversation|noise|volume|sound|app|tab|process|call|fan|heating)\b",
    // The programme's last session, ended well: "this is my last session | thank you | i
    // feel much better".
    r"\b(this is|this'll be|this will be|today is|today's) (my|the) last (session|week|check in)\b.{0,60}\b(better|thank you for (the|your|all the) help|learnt|learned|enjoyed|proud|helped|glad|recommend)\b",
    // Getting a thing over with: "want it over with | the exam i mean".
    r"\b(want|wanted|just want|wanting|get|getting) (it|this|them|the \w+) over (and done )?with\b.{0,15}\b(exam|exams|test|interview|appointment|operation|meeting|presentation|jab|injection|dentist|smear|scan|results|surgery|procedure|assessment|audit|flight)\b|\b(exam|exams|test|interview|appointment|operation|meeting|presentation|jab|injection|dentist|smear|scan|results|surgery|procedure|assessment|audit|flight)\b.{0,40}\b(want|wanted|just want|wanting|get|getting) (it|this|them|the \w+) over (and done )?with\b",
    // An everyday decision said: "i've made my decision | i'm taking the new job", "i've made
    // my choice and i'm ok with it | i'm taking the job in bristol".
    // What is decided must be an everyday thing ("i've made my decision | i'm taking my own
    // life" is no idiom).
    r"\b(made|making) (my|a|the|our) (decision|choice)\b( [\w']+){0,6}( \|)? (i'm|i am|we're|we are|i'll be|we'll be) ((taking|going with|accepting|buying|selling|starting|signing|booking|keeping|applying for) (the|a|an|my|our|that) (new )?(job|offer|job offer|role|position|promotion|place|flat|house|course|degree|car|loan|mortgage|puppy|kitten|dog|contract|deal|holiday|trip|transfer|redundancy|voluntary redundancy|early retirement|retirement|tenancy|lease|room|apprenticeship|training|plunge|leap|chance|opportunity|offer from)|(moving|staying) (in|with|to|out|back|home|put|here|there|at)|moving house|staying put)\b",
    // Guilt imagined, not felt: "i couldn't live with myself if i let her down".
    r"\b(couldn't|could not|can't|cannot|wouldn't be able to|would never be able to) live with myself if\b",
    // A habit given up for good: "i quit smoking tonight | i'm done for good".
    r"\b(quit|quitting|stopped|stopping|giving up|given up|gave up|off|done with|finished with|kicked) (the )?(smoking|smokes|fags|cigs|cigarettes|vaping|the vape|drinking|the drink|booze|the booze|alcohol|sugar|caffeine|coffee|energy drinks|gambling|betting|weed|social media|tiktok|dating|dating apps|the apps|takeaways|junk food|crisps|chocolate)\b.{0,40}\bfor good\b",
    // Too much of a good or dull thing: "the meeting overdosed on powerpoint".
    r"\b(overdosed|overdosing|overdose|od'd|oding|od) on (powerpoint|sugar|chocolate|telly|tv|netflix|christmas|tinsel|sunshine|meetings|jargon|emails|cheese|carbs|cake|sweets|nostalgia|drama|romance|fun|cuteness|kindness|love|culture|football|screen time|spreadsheets|buzzwords|glitter|festive cheer|box sets|reality tv|mince pies)\b",
    // A bridge or the tracks admired: "i looked at the bridge on the walk | it was lovely in the snow".
    r"\blook(ing|ed)? at (the )?(bridge|tracks|edge|drop)\b.{0,40}\b(lovely|beautiful|gorgeous|pretty|stunning|a photo|photos|pictures|the view|views|lit up|the lights|architecture|engineering|repairs|roadworks|being built|painted)\b",
    // Away next week, with the reason: "i'm not going to be here next week | i'm on a course".
    r"\b((won't|will not|not going to|wont|not gonna|don't think i'll|do not think i'll|doubt i'll) be|(don't|do not|can't|cannot) see (myself|me) (being|still being)) (here|around)( [\w']+){0,2} (next (week|month|year)|by (then|tomorrow|the weekend|christmas|easter|the summer|new year|next (week|month|year))|at christmas|this christmas|for (the next|a|the last|the final) (week|session|few weeks)|for week \w+)\b( \| sorry)?( \|| because| cos| as| since)? ((i'm|i am|we're|we are|were|i'll be|we'll be|i've got|i have|i'm going|we're going) (on|at|away|going (on|away|abroad|home|back|travelling|camping|to (my|the|a|our|see|visit|stay))|in|off|travelling|visiting|moving|starting|having|working|doing|booked|emigrating|relocating)|(it's|it is) (my|our|a|the) [\w' ]{0,20}(wedding|holiday|honeymoon|birthday|hen do|stag do|graduation|trip|course|conference|operation|surgery))\b",
    // Overdoses taught: "a first aid course at work | cpr and overdoses".
    r"\b(first aid|cpr|course|training|lecture|module|exam|revision|lesson|class|talk|seminar|placement)\b.{0,40}\b(covered|about|on|including|and|learnt about|learned about|taught us about|teaching|treating|dealing with|managing|spotting) overdoses\b|\b(covered|about|on|including|learnt about|learned about|taught us about|teaching|treating|dealing with|managing|spotting) overdoses\b.{0,40}\b(first aid|cpr|course|training|lecture|module|exam|revision|lesson|class|talk|seminar|placement)\b",
    // An address known for an errand: "i know where he lives | i'm dropping his jacket back".
    r"\bknow where (he|she|they) (lives|live)\b.{0,30}\b(dropping|drop|returning|return|taking|take|giving|give|posting|post|bringing|bring)( (his|her|their|the|my|some|a|an|back))?( [\w']+)? (stuff|things|keys|key|jacket|coat|post|parcel|letters|mail|bag|bags|charger|book|books|present|presents|card|laptop|phone|wallet|money|food|dinner|shopping|clothes|belongings|tools|box|boxes|jumper|hoodie|ring|it|them)( (back|round|over))?\b",
    // Papers kept safe for one: "my mum keeps my passport in the safe".
    r"\b(keeps|kept|keep|keeping|holds|held|hold|is holding) (all )?my (passport|id|documents|papers|visa|bank card|bank cards) (in (the|a|her|his|their) (safe|drawer|filing cabinet|locked box|lock box)|safe|for safe ?keeping|so (it|they) (doesn't|don't|won't|can't) (get )?(lost|lose))\b",
    // Someone cut off: "my ex is dead to me".
    r"\b(is|are|'s|was|were) (dead|gone) to me\b",
    // Play fighting: "my nan keeps hitting me with her stick when we play swords lol".
    r"\b(hitting|hit|hits|whacking|whacked|bashing|poking|poked) me with (her|his|their|a|the|my) (\w+ )?(stick|sword|swords|pillow|pillows|toy|toys|balloon|lightsaber|nerf gun|foam \w+)\b.{0,40}\b(play|playing|game|games|lol|haha|joking|messing|mucking)\b",
    // A happy last word to the programme: "i won't be back | thanks for everything | the course was great".
    r"\b(won't be back|won't be coming back|(won't|will not|wont|don't) need a return( ticket)?|(won't|will not|not going to) (be )?(doing|do|finish|finishing) (the )?(week \d|rest|next week)|going quiet|last thing i'll write|signing off|logging off|(this is|that's|that is) it for me|for the (last|final) time|(won't|will not|not going to|don't|do not) (be )?(need|needing))\b.{0,80}\b((the course|this course|the app|this app|the sessions|the programme|steady|it|this)( has| have)? (was|were|been|is|really|so)? ?(great|brilliant|helpful|so helpful|really helpful|useful|amazing|lovely|a help|a big help|life changing|worth it)|(i'm|i am|i feel|feeling|i'm feeling)( so| so much| much| loads| a lot| way| heaps)? (better|ok|okay|fine|good|great|stronger)|(got|getting) (into )?(a|my|a good) routine|(finished|done|completed) (early|the course|it already|with my therapist)|(a|my|our) (spa|spa weekend|holiday|trip|break|weekend away|honeymoon|cruise)|on holiday|(moving|emigrating|relocating) (to|abroad|away|out|back)|(got|getting|starting|started|start|found) (a |my )?new (job|role|position|course|therapist|counsellor)|back (at|to) (work|uni|college|school)|unsubscribed|switching to|switched to|changed my (email|number|phone)|(my )?(phone|battery)('s| is| has)? (about to die|dying|nearly dead|almost dead|low|flat|on \d+)|no signal|bad signal)\b",
    // A social life ended: "my social life is over lol".
    r"\b(social|love|sex|dating|party|gaming) life('s| is| feels) (so |totally |completely )?(over|dead|non existent|finished)\b",
    // Meeting the dead in heaven, in its own time: "i can't wait to see my wife again in
    // heaven one day | when my time comes".
    r"\b(see|be with|meet|join|hold) (him|her|them|my \w+)( again)? (in heaven|up there|on the other side)\b.{0,20}\b(one day|someday|some day|when my time comes|when it's my time|in the end|in god's time)\b",
    // No future in a job or with a partner: "i don't see a future in this job".
    r"\b(don't|do not|can't|cannot) see (a|any|much of a) future (in|at|with|for) ((this|that|the|our|his|her|their) (job|company|place|team|relationship|marriage|business|course|degree|career|town|country|industry|band|club|role|firm|house|area|plan|flat)|my (job|career|course|degree|marriage|relationship|business|town|team|role)|him|her|them|us|it)\b",
    // Sick with worry, not purging: "i made myself sick with worry again".
    r"\b(made|making|make|makes) myself (sick|ill) (with|from|through) (worry|worrying|stress|nerves|anxiety|fretting|panic)\b",
    // Faith in the end, in its own time: "i pray god takes me to heaven when my time comes".
    r"\b(pray|praying|hope|hoping)( [\w']+){0,3} (that )?(god|allah|jesus|the lord)( takes| take| will take|'ll take) me( [\w']+){0,3} when (my|the) time (comes|is right|is up)\b",
    // A safety plan's reasons, given: "reasons to live: my dog | my sister".
    r"\breasons? (to live|for living|to stay alive|to keep going)( \|)? (my|the|seeing|being|family|friends|kids|children|pets?|music|faith|god|hope|getting|watching|making)\b",
    // Waiting for an ordinary end: "the end of term can't come soon enough".
    r"\b(the end of (the )?(term|week|day|month|year|shift|season|school year|course|exams)|the weekend|friday|payday|pay day|the holidays|christmas|summer|half term|my holiday|retirement)\b( [\w']+){0,2} (can't|cannot|couldn't) come (soon|quick|quickly|fast) enough\b",
    // A tool taken for a job: "took a hammer to work to put the shelves up".
    r"\b(a|my|the) (hammer|screwdriver|drill|saw|spanner|crowbar|axe|mallet)\b.{0,30}\b(to|so i could|for) (put|fix|hang|mend|build|chop|cut|open|assemble|repair|do the|take down|break up|knock down)\b",
    // Everyday fears, this programme's own subject: "i'm scared of spiders".
    r"\b(scared|afraid|terrified|frightened|petrified|phobia|phobic|fear) of (spiders|heights|flying|planes|dogs|needles|injections|the dark|lifts|crowds|wasps|bees|moths|birds|pigeons|clowns|snakes|mice|rats|the dentist|dentists|hospitals|blood|being sick|vomiting|sick|driving|motorways|deep water|thunder|storms|germs|small spaces|tunnels|bridges|public speaking)\b",
    // Anger said after the event: "i could have throttled my brother for eating my
    // leftovers".
    r"\b(i )?(could|could've|could of)( have |'ve | )(throttled|strangled|killed|murdered|slapped|kicked|punched|thumped|brained|clobbered|decked|battered|swung for|wrung (his|her|their) neck)( him| her| them| the \w+| my \w+| \w+)? (for|when|because|cos|after)\b",
    // Exasperation, said after what caused it: "the kids drove me up the wall today | i
    // could have strangled them lol".
    r"\b(drove me (up the wall|mad|crazy|round the bend|nuts|insane)|(so|really) (annoyed|angry|cross|wound up|fed up)|fuming|wound me up|did my head in|doing my head in|got on my (nerves|last nerve))\b.{0,60}\b(i )?(could|could've|could of)( have |'ve | )(throttled|strangled|killed|murdered|wrung (his|her|their) necks?)( him| her| them| the \w+| my \w+| \w+)?( lol| haha\w*| lmao| x+)*\s*(\||$)",
    // Standing near an edge for a reason: "stood at the edge of the platform to get a photo
    // of the steam train".
    r"\b(stood|standing|stand|sat|sitting|went|walked) (at|on|to|near) the (edge of the )?(platform|cliff|cliffs|bridge|ledge|roof)( edge)? to (get|take|see|film|wave|look at|watch|photograph|catch) (a |the |some )?(photo|picture|pic|photos|pictures|video|view|sunset|sunrise|train|steam train|birds|boats?|fireworks)\b",
    // A label read: "looked at the bottle of bleach for a long time trying to read the
    // instructions".
    r"\b(bleach|cleaner|weedkiller|tablets|pills|medicine|bottle)\b.{0,40}\b(read|reading) the (instructions|label|back|small print|ingredients|dosage)\b",
    // A parent's sanction: "my mum took my phone off me for a day because i was rude".
    r"\b(mum|dad|mam|mom|parents|stepdad|step dad|stepmum|step mum|nan|gran)( [\w']+){0,2} (took|taken|takes|take|confiscated) my (phone|ipad|tablet|xbox|playstation|laptop|console|switch)( off me| away)? (for (a|the|one|two|three|\w+) (day|days|night|evening|weekend|week)|until|till|as (a )?punishment|because i (was|didn't|did|wouldn't|got|had)|for being|\s*(\||$))",
    // Fear of death, not a wish for it: "i keep thinking about death and it terrifies me".
    r"\b(thinking|thoughts?|think) (about|of) (death|dying)\b( [\w']+){0,3} (terrifies|terrified|scares|scared|frightens|frightened|petrifies|petrified) me\b",
    // "that film was so bad i wanted to die".
    r"\b(film|movie|show|episode|song|meeting|lecture|party|date|speech|presentation|game|match|play|concert|gig|class|lesson)\b( [\w']+){0,3} so (bad|boring|awful|awkward|embarrassing|cringe|cringey|dull|long|painful) (that )?i (wanted|want|could have wanted) to die\b",
    // Standing on a bridge to look at the view: "stood on the bridge and watched the rowers".
    r"\b(stood|standing|stand|stopped|paused) on (the|a) bridge (and|to) (watch|watched|watching|enjoy|enjoyed|admire|admired|feed|fed|wave|waved|take photos|took photos|take a photo|took a photo)\b",
    // Suicide named in a story, a campaign or a service, not a wish.
    r"\bsuicide (scene|scenes|storyline|plot|squad|prevention|awareness|hotline|helpline|forest|rates?)\b",
    r"\bend of my (rope|tether)\b",
    // Tiredness, not a wish ("i wish i could just sleep forever" is one).
    r"(^|\| |\b(tired|exhausted|knackered|shattered|drained|worn out|feel like|feels like|honestly|so) )(i )?could (just )?sleep (forever|for ever)\b|\bcould (just )?sleep (for a week|for days|for a year|for a month)\b",
    r"\b(feel |feeling )?(unsafe|not safe) walking\b",
    // Waking at a time, not waking at all: "i'd rather not wake up early".
    r"\bwake up (so |too |really )?(early|earlier|at \d+|in time|on time|for work|late|(before|after|until|till|til) (\d+|noon|midday|lunch|lunchtime|ten|nine|eight|eleven|twelve|seven))\b",
    r"\b(is|are|was|were|it's|that's|they're|you're|this|that|these|it|feet|back|head|legs|knees|neck|shoes|heat|wait|suspense|commute|job|work|traffic) (\w+ ){0,2}killing (me|us)\b",
    r"\bkill(ing|ed)? it\b",
    r"\bkill(ed|ing)? (some |the )?time\b",
    r"\bkill two birds\b",
    r"\bkiller\b",
    r"\bdressed to kill\b",
    r"\b(could|would|i'd) (kill|murder) (for )?(a|an|some|for)\b",
    r"\b(dying|die) (to|for) (a|an|some|know|see|go|try|get|hear|meet|tell)\b",
    // Only as a thing's praise ("that cake was to die for"), not "i want to die for real".
    r"\b(was|is|are|were|'s|'re|be|look|looks|looked|taste|tastes|tasted|smell|smells|smelled|sound|sounds|sounded|cake|chocolate|view|views|dress|shoes|food|hair|body|figure|legs|voice|pizza|dessert|pudding|curry|burger|brownies|cheesecake|skin|eyelashes|lashes|garden|kitchen|house|flat|car|bag|coat|jacket|outfit|tan|cheekbones) to die for\b",
    r"\b(dead|deadly) (tired|serious|on my feet|bored|good|easy|funny|quiet|busy|excited|nervous|jealous)\b",
    r"\bdeadlines?\b",
    r"\bdead (end|heat|line|battery|phone|plant)\b",
    r"\b(phone|battery|laptop|car|plant|plants)( is| was)? dead\b",
    r"\b(bored|scared|worried|frightened|freezing|tickled|done|talked|worked) to death\b",
    r"\b(work|working|worked|worry|worrying) (myself|me) to death\b",
    r"\b(nearly|almost|could have|could've|i) died (laughing|of (embarrassment|shame|laughter|boredom))\b",
    r"\b(die|died|dying) (of|from) (embarrassment|shame|laughter|boredom|cringe)\b",
    // "wanna die laughing at this video".
    r"\b(die|died|dying) laughing\b",
    // Embarrassment's hyperbole: "i was so embarrassed i wanted to die".
    r"\b(embarrassed|mortified|humiliated|awkward|cringe|cringey|cringing|red faced|ashamed of myself)( [\w']+){0,4} (i )?(wanted to|could have|could've|could|just wanted to|thought i'd|thought i would) (die|died|curl up and die|disappear)\b",
    // Blame with a smile: "i'd happily strangle whoever invented self checkouts".
    r"\b(strangle|kill|murder|throttle|shoot|punch|slap|stab) (whoever|the person who|the people who|the guy who|the idiot who) (invented|designed|made|came up with|thought of|decided|programmed|wrote|built)\b",
    r"\b(be|is|will be) the death of me\b",
    r"\b(mum|mom|dad|boss|teacher|manager|mam|nan|gran|coach|mother|father|sister|brother)('ll| will| is going to|'s going to| would|'d| gonna| going to)( [\w']+)? (kill|murder) me( if|$| \|| when (he|she|they) (sees?|finds? out about|hears? about|notices?|gets? the bill|gets? the results))",
    r"\boverdos\w* on (coffee|caffeine|chocolate|sugar|netflix|tv|telly|social media|sweets|cake|news|work|carbs|crisps)\b",
    r"\bcut (myself|me) (some )?slack\b",
    r"\bkick(ing|ed)? myself\b",
    r"\btop(ping|ped|s)? (myself|me|meself) up\b",
    r"\btake myself out (for|to) (a|an|the|some|lunch|dinner|breakfast|brunch|coffee|tea|shopping|the cinema|a walk|a drive)\b",
    r"\bbeat(ing|s)? myself up\b",
    r"\b(shoot|shot|shooting) myself in the foot\b",
    r"\bhit (the|a) (gym|hay|road|sack|wall|books|shops)\b",
    r"\bburn(ed|t|ing)? (myself )?out\b",
    // (Not "with a lighter": a flame held to the skin is no accident.)
    r"\bburn(ed|t|ing|s)? my (hand|finger|fingers|arm|tongue|mouth) (on (the|a) [\w']+|with (the|a|boiling|hot) (kettle|iron|pan|oven|water|tea|coffee|steam|toaster|tray|oil|soup|straighteners|curling tongs|hair straighteners|baking tray)|while|making|cooking|ironing)\b",
    // Saving room for a meal: "starving myself till the buffet tonight".
    r"\bstarv(e|ing|ed) myself (till|until|before|for|ahead of) (the|a|my|our|tonight|later|tea|dinner|lunch|christmas|sunday)( [\w']+){0,2} ?(buffet|dinner|tea|lunch|meal|wedding|party|roast|curry|takeaway|feast|all you can eat|barbecue|bbq|christmas dinner|brunch|tonight|later)\b",
    r"\bburn(ed|t)? myself (cooking|ironing|on (the|my|a|her|his|mum's|the hot) (oven|stove|hob|iron|kettle|pan|toaster|straighteners|hair straighteners|curling tongs|tongs|grill|baking tray|radiator|curling wand|candle|bbq|barbecue))\b",
    // An injury owned as clumsiness: "burnt myself again | so clumsy".
    r"\b(cut|burnt|burned|scalded|scratched|scraped|grazed|nicked|trapped) (myself|my \w+)\b( [\w']+){0,5}( \|)? (so clumsy|i'm so clumsy|clumsy me|such a klutz|i'm such a klutz|typical me)\b",
    r"\bcut(ting)? (back|down|out|up|corners|costs|the grass|my hair|hair|my own hair|my fringe|my own fringe|onions|vegetables|ties)\b",
    // Hair dye said as "die" ("i want to die my hair pink"); "i wanna dye" alone stays.
    r"\b(die|died|dying|dye|dyed|dyeing) (my|her|his|your|our|the) (hair|roots|fringe|eyebrows|beard|clothes|jeans|top)\b",
    // Overdoing exercise or work, not an overdose.
    r"\bover(doing|did|done|do) it (at|in|with|on) (the )?(gym|work|exercise|running|training|garden|gardening|weekend|party|cake|chocolate|sun)\b",
    // Pain in a part of the body.
    r"\b(the )?pain in my (knee|knees|back|leg|legs|arm|arms|neck|shoulder|shoulders|head|tooth|teeth|foot|feet|hip|hips|stomach|side|hand|hands|wrist|ankle|jaw|ear|ears)\b",
    // Ending a conversation, a call or a day.
    r"\bend (this|the|our|my) (conversation|chat|call|session|meeting|week|day|shift|call now|chat now)\b",
    // Fear of how someone will react, not of them.
    r"\b(scared|afraid|worried|nervous|frightened) (of|about) (my \w+'s|his|her|their) (reaction|response|face|opinion|reply|answer)\b",
    // A slice of cake.
    r"\bcut (myself|me) (a|some|another) (slice|piece|bit|bite|chunk)\b",
    // Cooking, not a burn ("i burned dinner again").
    r"\b(burnt|burned|burn|burning) (the |my |our )?(dinner|tea|toast|food|rice|pizza|cake|bacon|chips|pan|sauce|onions|lunch|breakfast|biscuits|cookies)\b",
    // Medicine taken as it should be.
    r"\b(took|taken|take|taking) (my|the) (tablets|pills|meds|medication|medicine|antidepressants|sertraline|citalopram)( [\w']+){0,2} (as prescribed|as normal|as usual|on time|like normal|with (my )?(breakfast|food|dinner))\b",
    // Hyperbole about a small wrong: "i'm going to kill my sister for eating my chocolate".
    r"\b(kill|murder|strangle|throttle) (him|her|them|my \w+) for (eating|taking|using|borrowing|nicking|pinching|finishing|drinking|wearing|breaking|losing|forgetting|spoiling|telling)\b",
    // The same wrong said after: "i'm going to kill my brother | he ate my chips".
    r"\b(kill|murder|strangle|throttle) (him|her|them|my \w+)( \|)? (he|she|they)( has| have|'s|'ve)? (ate|eaten|nicked|stole|stolen|took|taken|used|borrowed|finished|drank|drunk|broke|broken|lost|forgot|forgotten|spoiled|spoilt|told)( [\w']+){0,2} (my|the|all|our) (last )?(chips|chocolate|crisps|biscuits|sweets|food|dinner|lunch|leftovers|pizza|cake|charger|milk|remote|hoodie|clothes|shoes|birthday|phone|game|secret|tea|wine|beer|snacks)\b",
    // An engine run to warm or clear the car: "sat in the garage with the engine running to
    // warm it up".
    r"\b((sat|sit|sitting|was) in (the|my) (car|van)( [\w']+){0,6} )?(engine|car|van) (running|on|ticking over)( [\w']+){0,2} (to|so it|so it'd|while it) (warm|warms|defrost|defrosts|de ice|demist|heat|heats|charge|charges|clear|clears)\b",
    // Emotion, not a hand on the throat: "he chokes up whenever we argue".
    r"\bchok(e|es|ed|ing) (me |him |her |them |us )?up\b",
    // Things given away for a move or a clear out: "giving away my stuff to mates before
    // the move".
    r"\b(give|gives|given|giving|gave) (away )?(my|all my|most of my) (things|stuff|belongings|possessions|clothes|books)( away)?( [\w']+){0,3} (before|for|because of|ahead of) (the|my|our) (move|house move|moving|wedding|holiday|trip|gap year|emigration|clear out|declutter|car boot|new flat|new house)\b|\b(give|gives|given|giving|gave) (away )?(my|all my|most of my) (things|stuff|belongings|possessions|clothes|books)( away)? (to (the )?(charity shop|charity|oxfam|a charity shop|the tip)|because (i'm|we're) (moving|decluttering|downsizing))\b",
    // A night outside for fun: "makes me sleep in the shed when we go camping".
    r"\b(sleep|sleeps|sleeping|slept|stay|stays|staying|stayed) (in|out in) the (shed|garden|tent|car|van|treehouse)( [\w']+){0,5} (camping|for fun|for a laugh|as a treat|for an adventure|to see the stars)\b",
    // Hurt at sport or work: "hurt myself at netball".
    r"\bhurt (myself|my \w+) (at|playing|doing|during|in) (netball|football|rugby|hockey|the gym|gym|training|practice|work|pe|dance|dancing|boxing|cricket|tennis|badminton|basketball|a match|the match|yoga|pilates|parkour|the park|judo|karate|kickboxing|climbing)\b",
    // The small wrong said first: "if my brother eats my leftovers again i'll kill him".
    r"\bif (he|she|they|my \w+|anyone|someone) (eats|touches|nicks|steals|takes|uses|borrows|finishes|drinks|wears|breaks|spoils|moves|hides|loses)( [\w']+){0,2} (my|the|our) (last )?(chips|chocolate|crisps|biscuits|sweets|food|dinner|lunch|leftovers|pizza|cake|charger|milk|remote|hoodie|clothes|shoes|phone|game|tea|wine|beer|snacks|yoghurt|cheese|makeup|straighteners|car|ending|stuff|things)\b( [\w']+){0,3} (i'll|i will|i'm going to|i am going to|gonna|i'm gonna) (kill|murder|strangle|throttle) (him|her|them)\b",
    // Locked out or in by mistake, or out of an account: not confinement.
    r"\b(locked|locks|lock|locking) (me|us) (out|in)( [\w']+){0,4} (by accident|by mistake|accidentally)\b|\baccidentally (locked|locks|lock|locking) (me|us) (out|in)\b|\b(locked|locks|lock) (me|us) out of (my|the|our) (account|phone|laptop|car|app|email|emails|computer|ipad|tablet|wifi)\b",
    // Exasperation, not hair pulled on purpose ("pulling my hair out till it bleeds").
    r"\b(pulling|tearing|pull|tear|pulled|tore) my hair out (over|about|with|trying|because|lol|haha)\b",
    // Losing a game ("my mate threatened to beat me at fifa"), not a beating.
    r"\b(beat|beaten|beats|beating|batter|battered|battering|thrash|thrashed|thrashing|destroy|destroyed|hammer|hammered|annihilate|annihilated|wreck|wrecked|smash|smashed) (me|us|him|her|them) at (fifa|chess|pool|snooker|darts|cards|tennis|football|golf|monopoly|scrabble|poker|squash|badminton|mario kart|table tennis|ping pong|bowling|quizzes|the quiz|video games|games|everything|running)\b",
    r"\bsuicide (prevention|awareness|helpline|hotline|rates?|statistics|figures)\b",
    r"\b(documentary|film|book|show|programme|program|article|podcast|news|story|episode) (about|on) (suicide|self harm|overdoses?|abuse)\b",
    r"\b(friend|brother|sister|cousin|mum|mom|dad|colleague|someone|son|daughter|uncle|aunt|he|she|they|partner|husband|wife)( [\w']+){0,2} (attempted|committed|died by|tried to commit) suicide\b",
    r"\bbe here (in|at) ((this|my|the) )?(job|place|meeting|town|city|school|class|office|room|area|flat|house|country|queue|party|work|uni|college|gym)\b",
    r"\bscratch(ing|ed)? my head\b",
    r"\b(stood|standing|stopped|stop) on the bridge( [\w']+){0,5} (watching|looking at|taking|to watch|to look at|to take) (the )?(boats|view|river|ducks|swans|sunset|sunrise|photos|pictures|trains|water|canal|fireworks)\b",
    r"\b(miss|notice) me (at|in|from|during) ((the|my|this|that|a|our|tonight's|tomorrow's|next week's) )?(meeting|meetings|party|office|work|school|class|uni|college|lesson|lessons|gym|pub|club|event|group|team|match|game|wedding|practice|rehearsal|shift|quiz|session|book club|choir)\b",
    r"\bgoodbye (everyone|all|for now)( \|)? (see you|speak soon|talk soon|until|till|have a|enjoy|catch you|bye|take care|see ya|cya)\b",
    // A parent's hyperbole over a small wrong: "my dad said he'll kill me if i scratch his
    // car" (not "if he finds out i'm gay").
    r"\b(kill|murder) me if i( scratch| scratched| break| broke| lose| lost| forget| forgot| spill| spilled| spilt| dent| dented| crash| crashed| miss| missed| am late|'m late| eat| ate| use| used| wake| woke| borrow| borrowed| touch| touched) (his|her|their|my|the|it|again|another)\b",
    r"\b(kill|murder|strangle|throttle) (him|her|them|you|my \w+)( [\w']+){0,4} (lol|haha\w*|lmao|jk|only joking|just joking|xd)\b",
    r"\bcut(ting|s)? (some |the |up )?(fabric|material|paper|card|cardboard|wood|wrapping paper|vegetables|veg|onions|meat|bread|grass|hedge|coupons|pattern|patterns)\b",
    r"\b(took|taken|take|taking) (all )?(of )?my (tablets|pills|meds|medication|medicine)( [\w']+){0,3} (as prescribed|as normal|as usual|like normal|like always|with (my )?(breakfast|food|dinner|tea))\b",
    r"\b(tablets|pills|meds|medication|sleeping tablets|sleeping pills|antidepressants) (on prescription|prescribed by|from (my|the) (gp|doctor|pharmacy|chemist))\b",
    r"\b(killing|kill|killed) myself (laughing|with work|working|at work|at the gym|for this|over this job)\b",
    r"\bcut(ting)? (it|things) (fine|close)\b",
    r"\b(ended|ending|end) (it|things) with (him|her|them|my \w+)\b",
    // Ending a conversation or an entry, said so: "let's end it there", "i'll end it here
    // for today". Not "i'm going to end it now", nor "i will end it here".
    r"\b(let's|lets|let us|we'll|we will|we can|shall we|can we) end (it|this) (here|there|now)\b",
    r"\bend (it|this) (here|there|now) for (today|now|tonight|the day|this week|the moment)\b",
    r"\bend (it|this|things) on a (good|positive|high|happy) note\b",
    r"\bhurt(s|ing)? (my|his|her|their|your|our|\w+'s|people's|anyone's|someone's) (feelings|pride)\b",
    r"\bhurt my (back|knee|ankle|foot|leg|shoulder|wrist|neck) (at|playing|running|lifting|in|on|doing)\b",
    r"\bsuicide (squad|doors?|silence)\b",
    r"\bdrown(ing)? (in|my sorrows)\b",
    r"\b(hit|punch|punched|hitting) (a|the) (pillow|punchbag|punching bag)\b",
    // Everyday injuries and medicines, said as such.
    r"\b(cut|cuts|scratched|scraped|grazed|burnt|burned|scalded|bruised|hurt) my (\w+)( with (the|a|my|some) \w+)? (on (the|a|an|some) \w+|by accident|accidentally|chopping|cooking|ironing|at work|falling|in the garden|gardening)\b",
    r"\b(put|rested|leaned|touched|caught|held)( [\w']+){0,2} (hand|arm|fingers?|palm|wrist) (on|against|in|over) (the|a) (hob|iron|cooker|stove|kettle|grill|oven|candle|flame) (by accident|accidentally|by mistake|without thinking)\b",
    // A prayer for someone else's peaceful end: "i pray god takes my mum home peacefully".
    // "no reason to worry"; back after leave.
    r"\bno reason to (worry|panic|be (worried|scared|anxious|nervous|frightened|afraid))\b",
    r"\b(won't|will not|not) be (back|coming back|returning)( to work| to the office)? (after|from|until|till) (my |the )?(maternity|paternity|adoption|shared parental|annual|sick) leave\b",
    // A short absence: "everyone at work would cope fine without me for a week".
    // Devices dead or dying: "my phone will be dead soon".
    r"\b(phone|battery|laptop|car|car battery|ipad|kindle|watch|torch|remote|charger|headphones|earbuds|plant|plants|houseplant|telly|tv|printer|wifi|internet)( is|'s| will be| was| went| is going to be| going to be| about to be| nearly| almost)? (dead|die|dying|died)\b",
    r"\b(fine|ok|okay|alright|cope|manage|better|easier)( fine)? without me (for (a|the|one|two|three|\d+|a couple of|a few) (week|weeks|weekend|weekends|day|days|bit|while|afternoon|morning|night|nights|evening|fortnight|month|hour|hours)|while i'm (off|away|out|on holiday|on leave)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|today|tonight|this week|next week|at the (meeting|party|match|game))\b",
    // Privacy wanted for practice: "i'll do it when everyone's out, i'm shy about the breathing".
    r"\b(do it|practise|practice|try it)( [\w']+){0,4} (when|while|once) (everyone|everybody|no one|nobody|the house|they)\b.{0,50}\b(shy|embarrass\w*|self conscious|in peace|peace and quiet|quiet|concentrate|focus|privacy|private|noise|distract\w*|silly|daft)\b",
    // How a named everyday task would be done: "thinking about how i'd do the exposure".
    r"\b(how|when|where|what) (i'd|i would|i will|i'll|to) do (the|my|this|that|a|an|our) (exposure|homework|exercise|exercises|task|presentation|interview|test|exam|talk|speech|worksheet|experiment|shopping|food shop|journey|drive|school run|meeting|breathing|worry time|thought record|diary|plan|activity|activities|practice)\b",
    r"\b(pray|praying|prayed|hope|hoping)( that)? (god|allah|jesus|the lord) (takes|take|will take|calls|call|will call) (my|his|her|their) (mum|mother|dad|father|nan|gran|grandma|grandad|grandmother|grandfather|husband|wife|partner|son|daughter|brother|sister|friend|auntie|aunt|uncle|dog|cat)\b",
    r"\b(burned|burnt|scalded|caught) my (\w+)( with (the|my) (straighteners|curling tongs|curlers|iron|tongs|kettle))? (doing|straightening|curling|drying) my hair\b",
    r"\b(paracetamol|ibuprofen|painkillers|tablets|co codamol|aspirin|antibiotics)( [\w']+){0,2} for (my|a|the) (period|headache|head|back|knee|tooth|toothache|cold|flu|migraine|cramps|pain|shoulder|neck|leg|foot|ankle|hip|infection)\b",
    r"\bground (to )?(swallow|open up and swallow) me( up)?\b",
    // Medicine taken as usual, said plainly: "i've taken my pills".
    r"\b(took|taken|take|had) my (usual |normal |daily |morning |evening |night time |night )?(tablets|pills|meds|medication|medicine|antidepressants|inhaler|sertraline|citalopram|escitalopram|fluoxetine|paroxetine|mirtazapine|venlafaxine|duloxetine|propranolol|pregabalin|amitriptyline|insulin|contraceptive pill|the pill)( today| this morning| tonight| already| earlier| as normal| as usual)?\s*(\||$)",
    r"\b(rope (swing|ladder|bridge|course|toy|lights|climb)|skipping rope|tow rope|climbing rope)\b",
    r"\bhow i'?d do (it|that|things|the \w+|my \w+|this \w+|that \w+) (differently|better|again|next time|instead)\b",
    // Hyperbole ("i could wring his neck"), unless the clause says it is meant.
    r"\b(could|want to|wanna|going to|gonna|i'll|i will|i'd|i would|like to) wring (his|her|their|your|my \w+'s|\w+'s) (neck|necks)\b",
    r"\bburn(ed|t|ing)? (my (skin|face|arms?|legs?|back|shoulders|neck|nose)|myself) (in|from) the sun\b",
    r"\b(attacked|bitten|stung|chased|scratched|pecked) by (a|an|the|my|next door's|our|their|his|her) (\w+ )?(wasp|wasps|bee|bees|dog|cat|seagull|gull|swan|goose|geese|mosquito|mosquitoes|midges|horse|fox|squirrel|spider|jellyfish|hamster|puppy|kitten|parrot|rabbit)\b",
    r"\bletter to my (future|younger|older) self\b",
    r"\b(doing|do|did) (everyone|them|him|her|you) a favour if i (just )?(brought|made|cooked|baked|helped|organised|sorted|cleaned|tidied|picked|booked|bought|paid|drove (them|him|her|everyone|us|you|the \w+|my \w+|to|round|over|back|home|in)|covered|rang|called|texted|offered|hosted|did the \w+)\b",
    r"\b(doing|do|did) (everyone|them|him|her|you) a favour by (bringing|making|cooking|baking|helping|organising|sorting|cleaning|tidying|picking|booking|buying|paying|driving|covering|telling|saying|keeping|ringing|calling|texting|taking (the|them|him|her|it)|doing (the|it|that))\b",
    r"\b(end|ending|ended) (my|our|the|a)( \w+)? (relationship|marriage|friendship|contract|tenancy|subscription|membership|course|lease|shift|call|meeting|session|lesson|holiday|trip|visit|phone call|chat)\b",
    r"\bsaid (a |a proper |a last |a final )?goodbye to (my|the|our) (\w+)( [\w']+){0,2} (at|on|in|before|after) (the )?(station|airport|door|school|gate|party|work|hospital|weekend|morning|night|funeral|grave|graveside|hospice|crematorium|care home|chapel of rest)\b",
    r"\b(said|say|saying) goodbye to (my|the|our|all my)( old| last| first)? (job|house|flat|home|school|office|car|uni|university|class|colleagues|team|workmates|coworkers|co workers|class|classmates|students|pupils|teachers|neighbours|flatmates|clients|patients|customers)\b",
    r"\brather (die|be dead) than (do|sing|dance|eat|wear|speak|present|give|be seen|watch|play|ask|phone|ring|call|text|admit|apologise|say sorry|make small talk|sit through|listen to|go to (the|a|that|his|her|their) (party|gym|wedding|meeting|dentist|office|pub|club|do|disco|reunion)|go (karaoke|clubbing|camping|shopping|dancing|bowling|skating|ice skating|swimming|running|hiking|to karaoke))\b",
    r"\b(she's|he's|they've|they're|she has|he has|they have|she is|he is|she was|he was|they were)( been)? (self harming|cutting (herself|himself|themselves)|overdosing|hurting (herself|himself|themselves))\b",
    r"\b(point|sense) (in )?(worrying|stressing|panicking|overthinking|getting upset|dwelling)\b",
    r"\b(can't|cannot|couldn't) (go on|carry on|keep going) (worrying|stressing|panicking|overthinking|feeling anxious|like this with (work|my job|money))\b",
    r"\bbetter off if i (was|were|got|had) (more|less|a bit more|better|just) (\w+)\b",
    r"\bdisappear into (a|my|the)( good| new| long| great)? (book|film|game|show|series|work|garden|novel|box set)\b",
    r"\bdisappear under (my|the|a) (duvet|covers|blanket|quilt)\b",
    r"\b(die|dies|died|dying) (down|out|off)\b",
    r"\bbetter off without (him|her|them|it|that|this|my (ex|job|boss|partner|husband|wife|boyfriend|girlfriend|phone))\b",
    r"\bjump(ed|ing|s)? (off|from|into) (the|a) (diving board|springboard|swing|trampoline|sofa|climbing frame|stage|pool|sea|lake|(top|high|highest|top diving) (board|diving board))\b",
    r"\b(scared|afraid|worried|terrified|paranoid|anxious) (of|about) (accidentally )?(overdosing|taking too (much|many)|double dosing)( [\w']+){0,2} (by accident|by mistake)\b",
    r"\bcould (strangle|throttle|murder|kill) (him|her|them|my \w+)( [\w']+){0,2} (sometimes|at times|haha\w*|lol|lmao)\b",
    r"\bjump(ed|ing|s)? out of my skin\b",
    // Panic feels like dying: the fear, not a wish.
    r"\b(thought|felt like|felt as if|feel like|feels like|convinced|sure|certain) (that )?i( was| were| am|'m) (dying|going to die|about to die|gonna die|having a heart attack)\b",
    r"\b(scared|afraid|worried|worry|terrified|think|thinking|convinced|fear|sure|paranoid)( that)? (i'll|i will|i'm going to|i am going to|i might|i could|i'd|i may) (die|be dying|drop dead|collapse|be killed) (of|from|with|in|during) (a |an |the )?(heart attack|cancer|stroke|tumour|tumor|brain tumour|illness|disease|covid|something serious|something|an illness|a clot|sepsis|plane crash|car crash|crash|accident|fire|flight|storm|earthquake|operation|surgery)\b",
    r"\bcut (myself|my (finger|hand|thumb|leg|legs|chin|face|knee)) (on|while|shaving|cooking|chopping|by accident|accidentally)\b",
    r"\bpoint of (the|this|that|a|these) (meeting|meetings|call|course|exercise|email|class|lesson|question|task|app|homework|film|game|rule|rules)\b",
    r"\bcut (the|a|some|my|up the|up some) (cake|bread|pizza|sandwich|apple|veg|vegetables|meat|onion|onions|grass|hedge|wood|paper|card|fabric|tape|string)\b",
    r"\bsav(e|ing|ed) (my |the )?(tablets|pills|meds|medication) for (the|my|a) (trip|holiday|journey|flight|weekend)\b",
    // (Not "ready to go to sleep for good".)
    r"\bready to go (to bed|to sleep|to work|to school|out|home|shopping|to the shops|on holiday)( now| early| soon| tonight)?(\s*(\||$)| (and|but|so|because|cos|as|after|at|when|with|in|by|i|it|the|my|lol|haha|x+)\b)",
    r"\b(friend|sister|brother|cousin|mum|mom|dad|colleague|neighbou?r|son|daughter|niece|nephew|aunt|uncle|flatmate|mate)( [\w']+){0,2} (is|was|has been|keeps|keeps getting) (being )?(abused|hit|hurt|beaten|bullied|threatened|attacked)\b",
    r"\b((knife|knives) (set|sharpener|drawer)|(a|new|wooden|magnetic|bamboo) knife block)\b",
    r"\bsav(e|ed|ing) up for (a|the|my|our) (holiday|car|house|wedding|deposit|trip|flat|new \w+|christmas|birthday)\b",
    r"\bgiv(e|ing|en) up on (the|my|this) (course|degree|job|plan|book|project|idea|class|exercise|homework|app)\b",
    r"\bstop(ped|ping)? taking (my )?(vitamins|supplements|iron tablets|multivitamins|the pill)\b",
    r"\bgiv(e|ing|en)( it)? up (on )?(my |the )?(diet|caffeine|coffee|sugar|smoking|drinking|chocolate|booze|alcohol|gym|vaping|crisps)\b",
    r"\bgoodbye (card|party|drinks|lunch|do|present|gift|speech)\b",
    r"\b(said|say|saying) (my|our) goodbyes (at|to|before|after) (the|a|my|our|his|her|their|everyone at the) (leaving do|leaving party|party|airport|station|funeral|wedding|office|school|school gate|gate|door|work|hospital|care home|end of the night|end|do)\b",
    // Someone else's overdose, told of: "an overdose patient".
    r"\boverdoses? (patient|patients|case|cases|victim|victims|unit|ward|awareness|statistics|figures|deaths|rates?)\b",
    r"\b(take|took|taking|takes) my (meds|medication|tablets|pills|medicine)( [\w']+)? (at|in the|every|with|before|after|on time|late|early)\b",
    r"\bend (this|the|my|that)( bad| annoying| awful| horrible| constant| endless| vicious)? (habit|cycle|pattern|routine|argument|streak|worry|worrying|worries|panic|panic attacks|anxiety|checking|overthinking|rumination|procrastination|avoidance|essay|assignment|report|chapter|book|series|season|game|match|level|call|meeting|chat|conversation|shift|project|relationship|friendship|contract|subscription|tenancy|course|term|week)\b",
    // Medicines returned or collected: "took his sleeping tablets back to the chemist".
    r"\b(took|take|taking|returned|return|returning|brought|bring|dropped off|drop off|collected|collect|picked up|pick up)( [\w']+){0,4} (tablets|pills|meds|medication|medicines|medicine|prescriptions?)( [\w']+){0,2} (back )?(to|from) the (chemist|pharmacy|pharmacist|gp|surgery|doctor's|doctors)\b",
    // Pushed to a limit, not shoved: "my son pushed me too far".
    r"\bpush(ed|es|ing)? me (too far|to my limit|to the limit|to breaking point)\b",
    // Work or chores one is made to do: not exploitation.
    r"\bforced to (do|work) (overtime|extra (hours|shifts)|late|lates|weekends|a double shift|double shifts|homework|chores|the (washing|cleaning|dishes|ironing|shopping|school run))\b",
    // Laughing: "lol i'm dead", "i'm dead 💀" (the emoji reads as "dead").
    r"\b(lol|lmao|lmfao|rofl|haha\w*|omg|crying)( [\w']+){0,2} (i'm|i am) (dead|deceased)\b|\b(i'm|i am) (dead|deceased) (lol|lmao|lmfao|haha\w*|dead|crying)\b",
    // Said of one's own hopes ("i want to live a calmer life"), not of others better off
    // ("everyone would have a better life without me").
    r"(^|\| |\b(to|i|i'd|i'll|i can|i could|we|we'd|we'll|we can|we could|and|start|started|starting) )(live|have|lead|living|having|leading) (a |an )?(happier|better|fuller|calmer|normal|good|quieter|healthier|easier|more normal|more relaxed|happy|full|calm|less anxious) life\b",
    r"\b(can't|cannot|couldn't) (go on|carry on|keep going) like this (at|with) (work|my job|uni|school|college|my boss|the commute)\b",
    r"\b(exam|exams|week|stress|anxiety|worry|weather|cold|hangover|mortgage|bills|rent|revision|assignment|project|gym|run|workout|course|uni|school|meeting|interview|presentation|shift|journey|drive|diet|deadline|essay|commute|job|work|heat|traffic|this|that|it)( is| are| was|'s)? (going to|gonna|will|might|could) (kill|finish) me\b",
    r"\bkill(ing)? (this|the|my|that) (anxiety|worry|worries|mood|fear|panic|habit|stress|doubt|thoughts?|feeling|nerves|buzz|vibe|urge to check|boredom|craving)\b",
    r"\bend (the|my|our|this) (day|week|evening|night|session|call|meeting|year|month|chat|conversation) (on|with|by)\b",
    r"\b(cut|cuts|hit|hits|bang|bangs|banged|bump|bumps|bumped|knock|knocks|knocked|smacked|burnt|burned|scalded|trapped) my (head|knee|elbow|toe|shin|arm|leg|hand|finger|thumb|foot|wrist) (on|against|in|opening|closing) (the|a|my|that|this|our)( low| kitchen| car| bedroom| bathroom| front| back)? (door|doorframe|door frame|table|shelf|cupboard|cupboard door|car|car door|tin|can|jar|drawer|oven|kettle|iron|step|stairs|beam|desk|bed|corner|ceiling|fence|gate|window)\b",
    r"\b(point|sense) (in |of )?(planning|social media|arguing|complaining|asking|revising|cleaning|dieting|saving)\b",
    r"\bbridge (club|game|night|lessons?|partner|tournament|player)\b",
    // Choking on food is a fear of swallowing: "i'm afraid i'll choke on my food".
    r"\bchok(e|es|ed|ing) on (my|the|a|an|his|her|their|some|it|them)( \w+)? (food|drink|dinner|tea|water|words|sandwich|breakfast|lunch|tablet|tablets|pill|pills|sweet|sweets|bone|crisps|toast|meal|bite|coffee|spit|saliva)\b",
    // A goodbye to someone who is leaving: "saying goodbye to my cousin who's moving to
    // australia".
    r"\b(saying|said|say|to say) goodbye to( [\w']+){1,3} (who's|who is|who was|who are|before (she|he|they) (go|goes|leave|leaves|move|moves|fly|flies)|at the (airport|station)|(is |are )?(moving|emigrating|leaving|going|flying) (to|away|abroad|home|back))\b",
    // Sleep wished long, not for ever: "not wake up until the weekend".
    r"\b(not|never|didn't|don't) wake up (until|till|til) (the weekend|summer|the summer|autumn|winter|easter|the holidays|half term|next year|payday|the exams are over|my exams are over|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|christmas|spring|noon|midday|lunchtime|lunch|the afternoon|\d+|it's over|it's all over with)\b",
    // Scared to go back to an everyday place: "too scared to go back to the gym".
    r"\b(scared|afraid|frightened|nervous|terrified|anxious) (to go|of going) back to (the )?(gym|work|school|college|uni|class|classes|the shops|the doctor|the doctors|the dentist|the pool|the office|church|football|training|the club|the group|yoga|choir|the cafe|the pub|driving)\b",
    // Scared to go home over a bad report: "scared to go home cos my report card is bad".
    r"\b(scared|afraid|worried|frightened|nervous|dreading) (to go|of going) home (cos|because|as|since) (my|of my|the|i've got|i have|i got) (report|report card|school report|grades|results|exam results|marks|detention|phone bill|bank statement)\b|\b(scared|afraid|worried|frightened|nervous|dreading) (to go|of going) home (cos|because|as|since) (the|my) (house|flat|place|room|kitchen) is (a mess|messy|a tip|untidy|a state|filthy)\b",
    // Going away, stepping back, contracts and old letters: "disappear off to cornwall",
    // "stepping down from the committee", "no way out of this contract", "burn these old
    // letters from my ex".
    r"\bdisappear(ing|ed)? (off )?(to|for) (a|the|my|some)? ?(\w+ )?(holiday|break|weekend|week|few days|fortnight|month|spa|cottage|caravan|beach|coast|country|countryside|hills|mountains|lakes|cornwall|devon|scotland|wales|spain|abroad)\b|\bdisappear(ing|ed)? off to\b",
    r"\bstep(ping|ped|s)? down (from|as)\b",
    r"\bno way out of (this|the|my|that|our) (\w+ )?(contract|deal|job|lease|tenancy|agreement|meeting|mortgage|arrangement|commitment|course|wedding|trip|holiday|party|plan)\b",
    r"\bburn(ing|t|ed)? (these|those|the|his|her|my|all|some|old|all the|all his|all her) (\w+ ){0,2}(letters|photos|pictures|cards|notes|clothes|things|stuff|belongings|diaries|journals|rubbish|leaves|bridges|candles|calories|toast|dinner)\b",
    // Fear of death, not a wish for it: "the thought of dying makes me panic".
    r"\b(the )?(thought|idea|prospect) of (dying|death|being dead)( [\w']+){0,3} (makes me (panic|anxious|scared|sick|feel sick|shake|cry)|scares|terrifies|frightens|freaks me out|petrifies|fills me with dread|sends me into a panic)\b",
    // The doubt of checking, not harm meant: "i keep worrying i've hit someone when i drive".
    r"\b(worry|worries|worrying|worried|scared|convinced|paranoid|panic|panicking|panicked|terrified) (that )?i('ve| have|'d| had| might have| may have| could have) (hit|run over|knocked (down|over)) (someone|somebody|a (person|child|kid|cyclist|pedestrian))\b",
    // Grounding by touch: "i dig my nails into my palm to ground myself".
    r"\b(dig|digs|digging|dug|pinch|pinches|pinching|pinched|press|presses|pressing|squeeze|squeezing|snap|snapping)( [\w']+){0,5} (gently |lightly )?(to (ground|anchor|steady|calm) myself|to stay (present|grounded|awake|in the room|focused)|to bring myself back|to come back to the room|to stop myself (drifting|zoning|dissociating|spacing))\b",
    r"\b(pinch|pinching|press|pressing|squeeze|squeezing)( [\w']+){0,3} (gently|lightly|softly)\b",
    // A near miss on the road, with its cause: "nearly drove into a wall when a lorry cut
    // me up".
    r"\b(nearly|almost) (drove|crashed|skidded|swerved|went|ran)( [\w']+){0,5} (into|off)( [\w']+){0,6} (when|because|cos|after|as) ",
    // A visit at night with an everyday reason: "comes into my room at night to turn my
    // music down".
    r"\b(comes|came|keeps coming|coming) (into|in to) my (room|bedroom)( at night| late| every night)? to (turn|check|say|tell|ask|get|wake|bring|put|take|switch|close|open|see if|say goodnight|borrow|grab)\b",
    r"\bthreaten(ed|s|ing)? to (give me (a|an) (\w+ )?warning|sack me|fire me|report me|tell (my|the|your|his|her) (boss|manager|teacher|mum|mom|dad|parents|wife|husband|partner|girlfriend|boyfriend|friends|sister|brother)|tell everyone|leave (me|us) (a )?(bad )?review)\b",
    // A course of medicine finished: "i took all the tablets the doctor gave me for my chest
    // infection | finished the course".
    r"\b(took|taken|take|taking|finished|had) (all )?(the|my) (tablets|pills|antibiotics|medicine|capsules)\b.{0,60}\b(finished|completed|finish|complete|done) the (whole |full )?course\b",
    // Or as the doctor said: "i took the whole strip of my antibiotics like the doctor said".
    r"\b(took|taken|take|taking|finished|had) (all |the whole strip of |the whole packet of |the whole box of |the whole course of )?(the|my) (tablets|pills|antibiotics|medicine|capsules|meds)( [\w']+){0,3} (like|as) (the|my) (doctor|gp|pharmacist|nurse|consultant) (said|told me|prescribed|says|told me to)\b",
    // A hand held over heat to test it: "i hold my hand over the hob to check if it's still
    // warm".
    r"\b(hold|held|holding|put|putting|hover|hovered) my hand (over|near|above|by) the (hob|cooker|ring|flame|fire|radiator|toaster|kettle|oven|pan|iron)( [\w']+){0,2} to (check|see|feel|test|tell) (if|whether|how|that)\b",
    // A body that can't take it: "my knees can't take it anymore".
    r"\b(my|his|her|your|our|their) (knees?|back|legs?|feet|hips?|joints|wrists?|shoulders?|eyes|ears|wallet|bank account|bank balance|liver|stomach|nerves|poor \w+) (can't|cannot|couldn't|can not) take (it|this|much more|any more|anymore)( anymore| any more)?\b",
    // Life driven out of someone by noise, fright or boredom: "i'm going to beep the life out
    // of him", "this job sucks the life out of me" (not "beat the life out of him").
    r"\b(beep|beeping|honk|honking|toot|tooting|scare|scared|scaring|bore|bored|boring|tickle|tickled|tickling|hug|hugged|hugging|squeeze|squeezed|squeezing|annoy|annoyed|annoying|nag|nagged|nagging|suck|sucks|sucking|sucked|drain|drains|draining|drained) the (life|hell|living daylights) out of (him|her|them|me|you|us|my \w+|everyone)\b",
    // A pinch to stay straight-faced or awake, or to check it is real: "i pinch my arm under
    // the table to stop myself laughing", "i had to pinch myself".
    r"\b(pinch|pinched|pinching|pinches) (myself|my arm|my leg|my hand|my thigh|my wrist)( [\w']+){0,6} to (stop myself|keep myself|stay|keep) (from )?(laughing|giggling|awake|focused|a straight face|straight faced)\b|\b(pinch|pinched|pinching) myself (to (check|make sure|see)( if| that)? (i'm|i was|it's|it was) (not )?(dreaming|real)|( \|)? (it|this) (doesn't|does not|didn't) feel real)\b",
    // Futile effort: "banging my head against a brick wall with this job".
    r"\b(bang|banging|banged|bangs|hitting|hit|beating|beat) (my|your|our|his|her|their) heads? (against|off|on) a (brick )?wall (with|trying|here|over|at work|at this|about|when)\b|\b(bang|banging|banged|bangs|hitting|hit|beating|beat) (my|your|our|his|her|their) heads? (against|off|on) a brick wall\b|\b(bang|banging|banged|bangs|hitting|hit|beating|beat) (my|your|our|his|her|their) heads? (against|off|on) the (brick )?wall (trying to|over (this|that|it|the|my|his|her|their|work|nothing|money)|about|with (this|my|the|work))\b",
    r"\bhow (much|badly) (he|she|they|you|it|that|this|my \w+) (hurt|hurts|upset|upsets) me\b",
    r"\b(nearly|almost|could have|could've) (got|get|getting|been|be) (hit|run over|knocked over|knocked down) by (a|the) (car|bus|lorry|van|bike|cyclist|taxi|truck)\b",
    r"\bcan't (go|carry) on (stage|holiday|a (date|plane|diet|trip|course|night out|holiday|call|ride|rollercoaster)|the (bus|train|tube|plane|radio|rides?|trip|course|call|stage|motorway|escalator)|camera|air|social media|nights out)\b",
    r"\b(scared|afraid|frightened|terrified|nervous) (to|of) (go|going|walk|walking) home (in the dark|alone at night|on my own at night|late at night|at night|by myself at night)\b",
    // Things hung on walls: "looked up how to hang shelves".
    r"\bhang (up )?(shelves|a shelf|shelf|pictures|a picture|picture frames|curtains|wallpaper|a door|the washing|washing|a mirror|fairy lights|lights|decorations|a tv|a telly|blinds|a clock|bunting|coats|clothes|my coat|a painting|art|posters?)\b",
    // Pushed on, not pushed over: "he pushed me to go for the promotion".
    r"\b(pushed|pushes|pushing|push) me (to (go for|apply|try|do|ask|take|keep|be|get|study|work|join|see|speak|talk|start|finish|stay|sign up|enter|aim|book|call|ring|go to)|into (applying|trying|going|doing|taking|signing up|booking))\b",
    // Away, and saying where: "i won't be here next week | i'm on holiday".
    r"\b(won't|will not|not going to|wont) be (here|around) (next week|this weekend|tomorrow|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b.{0,20}\b(i'm|i am|i'll be|we're|we'll be) (on holiday|away|abroad|visiting|working|at (my|a|the) \w+)",
    // Fetched, not seized: "my sister's husband grabbed me a coffee".
    r"\bgrab(bed|s|bing)? me (a|an|some|the|my) (coffee|tea|cuppa|drink|pint|sandwich|chair|seat|snack|bite|takeaway|ticket|copy|plate|water|glass)\b",
    // A view from the top on holiday.
    r"\b(went|go|going|been|climbed|climbing|walked|walking)( [\w']+){0,4} (top|edge) of (the|a) [\w ]{0,25}\b(on holiday|for the views?|for a photo|on (a|the) (tour|trip|day out)|sightseeing|with the (kids|family))\b",
    // Gone on holiday.
    r"\bwhen i('m| am) gone (on (holiday|a trip|leave)|away (for|on)|abroad|travelling)\b",
    // Killing a workout.
    r"\b(kill|killed|killing|smash|smashed|smashing|nail|nailed|crush|crushed|crushing|destroy|destroyed|destroying) (this|that|the|my|it at the|it in the) (workout|exam|test|interview|presentation|gym|session|set|run|race|match|game|audition|performance|speech|shift)\b",
    r"\bi('m| am) so dead( right now| lol| haha)?\s*(\||$)",
    // The easy way out, and then something ordinary.
    r"\b(took|take|taking) the easy (way|option)( out)? and (bought|got|ordered|used|had|went|did|made|paid|called|caught|took)\b",
    // A safety statement: "i can keep myself safe tonight".
    r"(^|\| )(yes |yeah |yep |i think )?(i can|i will|i'll|i am able to|i'm able to|i know i can|i promise i'll|i promise to) keep (myself|me) safe( tonight| today| now| this weekend)?\s*(\||$)",
    // A treat deserved: "he says i deserve a night off".
    r"\bdeserve (a|an|some) (night off|day off|break|rest|treat|holiday|lie in|medal|pat on the back|drink|takeaway|nice (bath|meal|evening|weekend)|bit of (peace|quiet|rest))\b",
    // A glass of wine with one's usual tablets.
    r"\b(a|one|small|a small) glass of (wine|red|white|beer|prosecco)( [\w']+){0,2} with my (usual |evening |night time )?(tablets|pills|meds|medication)\s*(\||\?|$)",
    // Battering chips, a hiding at darts.
    r"\bbatter (the|some|my) (chips|fish|chicken|sausages)\b",
    r"\b(took|take|taking|got|get) a hiding (at|in|on) (darts|pool|football|the football|cards|chess|the quiz|the match)\b",
    // A job one knows how to do, given time.
    r"\bhow i'd do it if i had (more |the )?(time|money|chance|budget|help|space)\b",
    // Not existing at work.
    r"\bnot exist (at|in) (work|the office|school|class|meetings?)\b",
];

/// Voices or thoughts that tell one to do something: the command hallucinations of
/// psychosis ("the voices keep telling me to end it"). The command is screened as if
/// wished, so every pattern of every kind reads it; a negation in it keeps its denial.
const COMMANDED: &str = r"\b(the |a |these |those )?(voices?|voice in my head|something in my head|my head|the thoughts?|my thoughts|intrusive thoughts?)( [\w']+){0,3} (tell|tells|telling|told|say|says|saying|order|orders|ordering|ordered|urge|urges|urging|want|wants) me (to|i should|i have to|i've got to|i must) ";

/// A denial denied is said: "i can't say i'm not thinking about ending it" is screened as
/// "i'm thinking about ending it".
const DOUBLE_NEGATION: &str = r"\b(i )?(can't|cannot|can not|couldn't|won't|wouldn't) (honestly |really |truthfully )?(say|pretend|tell you|claim) (that )?(i'm not|i am not|i haven't|i have not|i've not|i don't|i do not|i never|i've never) ";
/// "Not going to lie" ("ngl"), "not being funny", "no joke": a "not" that vouches for what
/// follows instead of denying it. Screened as "honestly", so "ngl thinking about ending it"
/// is not read as a denial. The word after "lie" is captured: "not going to lie down" is
/// about lying down.
const FRANKLY: &str = r"\b(i'm |i am |i )?(not going to|not gonna|won't|will not|not) (lie|lying|kid you|kidding|joke|joking|exaggerating|being funny|being dramatic|to be dramatic)\b( (\w+))?|\bno (word of a )?(lie|joke)\b";
/// Medicines by name that the patterns do not list one by one, read as "tablets": "took 12
/// of my propranolol" is "took 12 of my tablets". (Paracetamol, codeine, the commonest
/// antidepressants and the like are named in the patterns themselves.)
const MEDICINE_NAMES: &str = r"\b(sleepers|oramorph|morphine|propranolol|pregabalin|gabapentin|zopiclone|zolpidem|mirtazapine|quetiapine|olanzapine|risperidone|aripiprazole|lorazepam|temazepam|clonazepam|alprazolam|xanax|valium|venlafaxine|amitriptyline|nortriptyline|escitalopram|paroxetine|duloxetine|vortioxetine|buspirone|promethazine|nytol|naproxen|oxycodone|methadone|lithium|beta blockers?|antihistamines?|anti depressants|antipsychotics?)( tablets| pills| capsules)?\b";
/// Being dead in other words: "i'd rather be 6ft under", "i wish i was in my grave".
const DEAD_WORDS: &str = r"\b(six|6) ?(ft|feet|foot) under\b|\bpushing up (the )?daisies\b|\b(?P<be>be|was|were|being|i'm|am) in (a|my|the) (box|grave|coffin|ground)\b";
/// A question about anyone ("is it normal to wish you were dead", "what happens when you
/// hang yourself") asks about the speaker: its "you" is read as "i" to the end of the
/// clause.
const GENERIC_YOU: &str = r"\b(is it (normal|ok|okay|alright|wrong|bad|weird|strange|selfish|common|natural|mad|crazy|possible|fine|terrible|awful) (to|that|if)|does it hurt (to|when|if)|what happens (to your body )?(when|if)|how (long|much|many)( [\w']+){0,4} (does it take|would it take|do you need|would you need)|how do you|can you)\b[^|?]*";
/// English as a second language, said as meant: "i want finish my life" is "i want to end
/// my life", "i am thinking to kill me" is about killing myself, "i not want live" is "i
/// don't want to live", "think about jump" is "think about jumping".
const PLAIN_ENGLISH: &str = r"\b(?P<subject>i (am )?|i'm )?(?P<not>not )?(?P<verb>want|wants|wanted|wanna|going|plan|planning|decide|decided|try|trying|thinking|think)( (?P<to>to|of|about))? (?P<act>die|kill|end|finish|hurt|cut|jump|live|disappear)(?P<me> me| my life)?\b";

/// Fillers at the end of a clause say nothing about risk: "popped a whole strip lol".
/// Dropped after idioms are blanked, which may need them ("i'm so dead lol").
const FILLERS: &str = r"(?: (?:lol|lool|lmao|lmfao|rofl|haha\w*|hehe\w*|xd|idk|i don't know|to be honest|honestly|tbh|ngl|fr|for real|tho|though|innit|tbf|ffs|x{1,5}))+(\s*(?:\||\?|$))";

/// Risky words in another sense, blanked like [`IDIOMS`] but never a mishap, so whatever
/// [`NOT_MISHAP`] says beside them: "when i get overwhelmed i cut myself off from everyone".
const OTHER_SENSES: &[&str] = &[
    // Hair put up, not pulled out: "i pull my hair into a bun when i'm stressed".
    r"\b(pull|pulls|pulled|pulling|scrape|scraped|scraping|tie|tied|tying) my hair (into|up|back)( into)?( a| in a)? (bun|ponytail|pony|plait|top knot|knot|clip|claw clip)?\b",
    // Food given up for a diet, whatever else is said (the diet is on purpose): "i've stopped eating after 8 on purpose".
    r"\b(stopped|not|haven't been|haven't|didn't|won't be|cut out) (eating|eaten|eat) (after \w+( ?pm| o'clock)?|before bed|late( at night)?|at night|in the evenings?|carbs|sugar|bread|meat|snacks|sweets|chocolate|crisps|takeaways|junk( food)?|between meals|dairy|gluten|processed food|red meat|fried food)\b",
    // Everything stopped for a while: "i just want everything to stop for a weekend" (its own
    // words are those that keep idioms from being blanked, so it sits here).
    r"\b(want|need|wish) (it all|everything) to (stop|end|pause) for (a|the|one) (weekend|day|bit|while|minute|second|week|night|few days|moment|few hours|hour)\b",
    r"\b(cut|cuts|cutting) (myself|me|herself|himself|themselves|ourselves) off( from (everyone|everybody|people|the world|friends|my \w+|them|her|him)| socially|\s*(\||$))",
];

/// Words no idiom may blank, whatever its frame: "i've made my decision | i'm taking my own
/// life" once fell inside an idiom for an everyday decision.
const NEVER_BLANKED: &str = r"\b((take|taking|took|end|ending|ended) my own life|(end|ending|ended) my life|(hang|hanging|hanged) myself|slit(ting)? my wrists|suicide note|kill myself tonight|(want|wanna|wanting|ready) to die for real|(a|the|my) noose|(knife|knives|machete|blade|gun|axe|crowbar|baseball bat) (round|over|to (his|hers|theirs))|(tablets|pills|meds|capsules)( [\w']+){0,3} (at once|in one go|all at once))\b";

/// Words that make an everyday mishap or routine not everyday: done on purpose or meant
/// ("... and i mean it"), done to cope with a feeling ("what did i do when i felt anxious? |
/// burned my arm with the straighteners"), tablets taken on a bottle of drink ("i drank a
/// bottle of vodka and took my tablets"), or kept from those it was done to ("said my
/// goodbyes to the lads at the pub without them knowing").
const NOT_MISHAP: &str = r"\bwhen i( felt| feel| get| got| am|'m| am feeling|'m feeling) (so |really |too |that )?(anxious|stressed|overwhelmed|panicky|panicked|low|numb|angry|upset|worked up|on edge|wound up)\b|\b(a|the|the whole|a whole|half a|most of a|most of the) bottle of (vodka|wine|whisky|whiskey|gin|rum|spirits|brandy|tequila)\b|\b(on purpose|deliberately|intentionally|purposely|to punish myself|to feel (something|pain|better|real)|so (it|that it) (would )?hurt|i mean it|i meant it|i really mean it|i'm serious|i am serious|i'm deadly serious)\b|\b(wanted|want|wanting) (it|things|everything|it all) to (end|stop|be over)\b|\b(i'm|i am) going to (take|do|try) (one|it|that|them|some) (tonight|now|later|today)\b|\b(and )?one for me\s*(\||$)|\b(really |actually |secretly )?(it's|its|it is|they're|it was) (really |actually |secretly )?for me\s*(\||$)|\b(it's|it is) (just |simply |already )?too late( for me| now)?\s*(\||$)|\bwithout (them|him|her|any of them|either of them) knowing( it)?\s*(\||$)";

/// Negations that set aside a match standing just after them in the same clause.
const NEGATORS: &[&str] = &[
    "not", "never", "no", "don't", "didn't", "doesn't", "wouldn't", "won't", "isn't", "wasn't",
    "aren't", "nor", "haven't", "hasn't", "neither",
];

/// Markers of a clearly past experience, and of it being resolved.
const PAST: &str = r"\b(clean|free|self harm free)( from (self harm|cutting|sh))? (for|since) (a|one|two|three|four|five|six|\d+|over a|a few|several) (years?|months?)\b|\b(used to|years ago|(a |one |two |three |five |ten |\d+ |many |several |a few |couple of )(years?|decades?) ago|when i was (younger|a teen|a teenager|at school|a kid|a child|at uni|in my (teens|twenties)|\d+)|as a (teenager|teen|kid|child|student)|in (my|the) past|a long time ago|long ago|back (then|at school|in (school|uni|the day))|at (uni|university|college|school|secondary school|sixth form)|in my (teens|twenties|teenage years))\b|\b(in|back in|during|since) (19|20)\d\d\b";
const RESOLVED: &str = r"\bbut (stopped|quit|recovered|got (help|better|through it)|haven't since|not since)\b|\b(haven't|have not|hasn't|has not|never) (come|came) back\b|\bbut not (now|anymore|any more|these days|for years|for a long time)\b|\b(but|and|now|these days|thankfully)( now| these days| thankfully)? (i'm|i am|i feel|i'm feeling|things are|life is|it's|everything's)( (now|so|much|a lot|way|far|loads|really|doing|feeling|honestly|thankfully|generally|mostly|actually|pretty|quite|in a|a))* (fine|ok|okay|better|safe|good|well|great|happy|happier|recovered|in recovery|stable)\b|\b(but|and|now|these days|thankfully)( now| these days| thankfully)? (i've been|i have been)( (now|so|much|a lot|way|far|loads|really|doing|feeling|honestly|thankfully|generally|mostly|actually|pretty|quite|in a|a))* (fine|ok|okay|good|well|great|happy|clean|safe|stable|doing (well|ok|okay|fine|better|good|great)|(so|much|a lot|loads|way|far) better)\b|\b(and|but) (i )?(stopped|quit|gave (it|that) up)( (it|that|doing (it|that)|cutting|self harming|harming myself|hurting myself))?( (years|ages|a long time|months|a while) ago| (\d+|a few|two|three|four|five|six|ten|several|many) (years|months) ago)?\s*(\||$)|\b(haven't|have not|hasn't|has not|not|never)( (done it|done that|had one|had any|felt like that|needed to|wanted to|cut|self harmed|touched a blade))? since\b|\b(don't|do not|no longer|never) (do it|do that|cut|cut myself|self harm|hurt myself|harm myself|feel (like )?that( way)?|think (like )?that( way)?|(have|get) (those|these|the|any) (thoughts|urges|feelings)|get them|have them|want to( do (it|that))?)( anymore| any more| these days| now)?\s*(\||$)|\b(not|haven't|have not|hasn't|has not|didn't)( (done|had|felt|needed|wanted|touched) (it|that|one|any|them|to|a blade))? (for|since|in) (years|ages|a long time|a decade|(\d+|a few|two|three|four|five|six|seven|eight|nine|ten|many|several) (years|months))\b|\b(we|we're|we are) (get on|fine|close|ok|okay|good|friends)( well)? now\b|\bnot anymore\b|\bnever again\b|\b(long |well |all |firmly )?behind me\b|\bin the past now\b|\b(clean|free|self harm free|sober)( from (self harm|cutting|sh|drink|drugs|alcohol))? (for|since) (\d+|a|a few|two|three|four|five|six|ten|many|several|over a|over) (years?|months?)\b|\b(i'm|i am) in a (much |far |way |lot |really )?(better|good|safer) place( now| these days)?\b|\b(therapy|counselling|medication|meds|treatment|cbt|support|talking to someone)( really)? (helped|worked|got me through|saved me|sorted me out)\b|\b(so |really |truly )?(glad|grateful|thankful|happy) (i'm|i am) still (here|alive|around)\b";
/// Intrusive thoughts the patient disowns ("... but i know i'd never act on them"): the
/// unwanted thoughts of OCD, not intent.
/// Disowned in so many words: "i'd never do it", "they horrify me".
const DISOWNED: &str = r"\bintrusive\b.*\b(never|wouldn't|would not|won't|will not|don't want to|do not want to|not going to) (ever )?act on (them|it|these|those|the thoughts)\b|\b(intrusive|unwanted|horrible|awful|dark|scary|weird|disturbing) (thoughts?|images?|pictures|urges)\b.*\b((i'd|i would|i will|i'll|i) never (ever )?(do it|do that|do anything like that|act on (them|it)|want (that|it)( to happen)?)\b|(they|these|those|it|the thoughts?|the images?) (horrify|horrifies|horrified|disgust|disgusts|disgusted|sicken|sickens|sickened|appal|appals|appalled) me\b|(i'd|i would|i will|i'll|i) never( ever)?\s*$)";
/// Doubt that undoes the disowning: "i'm not sure i won't act on them".
/// Fear is doubt when it is fear of acting, or said on its own ("but i'm scared"); not
/// when the thoughts frighten the speaker ("they frighten me | i'd never want that").
const DOUBTED: &str = r"\b(not sure|unsure|don't know (if|whether)|do not know (if|whether)|what if|in case|might|may|could|getting harder|hard to)\b|\b(scared|afraid|worried|frightened|terrified)( (i|i'll|i'd|i'm|i might|i could|i may|that|it|of|for|about)\b|\s*(\||$))";
const STOPPED: &str = r"^( [\w']+){0,2} (have|has) (completely |totally |all |now |since )?(stopped|gone away|disappeared|faded|eased off|passed|gone)( completely| now)?\s*(\||$|since|for|now|completely)";
const CURRENT: &str = r"\b(again|lately|recently|tonight|today|right now|at the moment|this week|still|coming back|came back|come back|back again|starting to|getting worse|since then i|i keep|last night|yesterday|this morning|relapsed|relapse|slipped up)\b";

struct Lexicon {
    kinds: Vec<(RiskKind, Vec<Regex>)>,
    /// Which of `kinds` holds the goodbye pairs, acts of care whose subject may be a pet.
    pairs: usize,
    /// Every pattern of `kinds`, in order: which of them can match (see [`Prefilter`]).
    any_kind: Prefilter,
    /// [`IDIOMS`], then [`OTHER_SENSES`] from `other_senses` on.
    idioms: Vec<Regex>,
    other_senses: usize,
    any_idiom: Prefilter,
    not_mishap: Regex,
    never_blanked: Regex,
    past: Regex,
    resolved: Regex,
    current: Regex,
    disowned: Regex,
    doubted: Regex,
    /// Said to have stopped, right after the words: "the thoughts of killing myself have
    /// stopped since i started the meds".
    stopped: Regex,
    /// Fillers at the end of a clause, dropped after idioms are blanked.
    fillers: Regex,
    /// Rewrites made before screening, in order: each reads the one before's output.
    rewrites: Vec<(Regex, Rewrite)>,
    /// [`FRANKLY`], the first of the rewrites, for [`vouched`].
    frankly: Regex,
}

/// How a rewrite replaces its match.
type Rewrite = fn(&regex::Captures) -> String;

/// A frank "not" is "honestly", unless "lie" is lying somewhere.
fn frankly(c: &regex::Captures) -> String {
    let next = c.get(5).map_or("", |m| m.as_str());
    let lying_down = matches!(c.get(3).map(|m| m.as_str()), Some("lie" | "lying"))
        && matches!(
            next,
            "down"
                | "in"
                | "awake"
                | "on"
                | "there"
                | "about"
                | "around"
                | "still"
                | "back"
                | "here"
        );
    if lying_down {
        c[0].to_string()
    } else {
        format!("honestly {next}").trim_end().to_string()
    }
}

/// A command is screened as wished, unless the command itself is denied.
fn commanded(c: &regex::Captures) -> String {
    if has_negator(&c[0]) {
        c[0].to_string()
    } else {
        "i want to ".to_string()
    }
}

/// A medicine by name is tablets.
fn tablets(_: &regex::Captures) -> String {
    "tablets".to_string()
}

/// "4" for "for" after thanks or sorry, as typed on phones: "ty 4 trying", "sorry 4 wasting
/// ur time". (Normalising keeps the digit, which a choice may need.)
const FOR_SPELT_4: &str =
    r"\b(thanks|thank you|ty|ta|cheers|sorry|apologies|love|grateful|thankful) 4\b";

fn for_spelt_4(c: &regex::Captures) -> String {
    format!("{} for", &c[1])
}

/// English as a second language, as meant (see [`PLAIN_ENGLISH`]).
fn plain_english(c: &regex::Captures) -> String {
    let subject = c.name("subject").is_some();
    let me = c.name("me").map(|m| m.as_str());
    // Said in full already ("i'm not going to die"): as it is. ("thinking of die" and
    // "want die" are not.)
    let written_to = c.name("to").map(|m| m.as_str());
    let bare = written_to != Some("to");
    let own_kill = subject && me == Some(" me");
    let finish = &c["act"] == "finish" && me == Some(" my life");
    if !bare && !own_kill && !finish {
        return c[0].to_string();
    }
    let act = match (&c["act"], me) {
        ("finish", Some(" my life")) => "end my life".to_string(),
        // Only the speaker's own "kill me" is "kill myself" ("he wants to kill me" is not).
        (act, Some(" me")) if subject => format!("{act} myself"),
        (act, Some(me)) => format!("{act}{me}"),
        (act, None) => act.to_string(),
    };
    let verb = &c["verb"];
    let to = written_to.unwrap_or("to");
    // "thinking of kill" is "thinking of killing"; "want die" is "want to die".
    let said = if to == "to" {
        format!("{verb} to {act}")
    } else {
        let act = act.replacen("die", "dying", 1);
        let (first, rest) = act.split_once(' ').unwrap_or((act.as_str(), ""));
        let ing = match first {
            "dying" => "dying".to_string(),
            w if w.ends_with('e') => format!("{}ing", &w[..w.len() - 1]),
            "cut" => "cutting".to_string(),
            w => format!("{w}ing"),
        };
        format!(
            "{verb} {to} {ing}{}{rest}",
            if rest.is_empty() { "" } else { " " }
        )
    };
    let not = if c.name("not").is_some() {
        "don't "
    } else {
        ""
    };
    let subject = if subject { "i " } else { "" };
    format!("{subject}{not}{said}")
}

/// Being dead in other words is being dead.
fn dead(c: &regex::Captures) -> String {
    match c.name("be") {
        Some(be) => format!("{} dead", be.as_str()),
        None => "dead".to_string(),
    }
}

/// The "you" of a question about anyone is the speaker: "when you hang yourself" is "when i
/// hang myself". It is the object ("me") with nothing after it that could be its verb.
fn generic_you(c: &regex::Captures) -> String {
    const NOT_A_VERB: &[&str] = &[
        "and", "or", "but", "too", "again", "so", "when", "if", "up", "down", "off", "over", "in",
        "out", "for", "to", "at", "with", "back", "more", "less", "anymore", "away", "already",
        "all", "now", "then", "much", "a", "the", "that", "this",
    ];
    let words: Vec<&str> = c[0].split(' ').collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut subject = false;
    for (i, word) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let said = match *word {
            "yourself" => "myself",
            "your" => "my",
            "you're" => "i'm",
            "you've" => "i've",
            "you'd" => "i'd",
            "you'll" => "i'll",
            "you" if next.is_empty() || NOT_A_VERB.contains(&next) => "me",
            "you" => "i",
            "were" if subject => "was",
            "are" if subject => "am",
            other => other,
        };
        subject = *word == "you" && said == "i";
        out.push(said);
    }
    out.join(" ")
}

/// A denial denied is said.
fn affirmed(c: &regex::Captures) -> String {
    match c.get(6).map_or("", |m| m.as_str()) {
        "i'm not" | "i am not" => "i'm ",
        "i don't" | "i do not" => "i ",
        _ => "i have ",
    }
    .to_string()
}

/// Which of many patterns can match a text, found in one pass instead of one pass each.
///
/// Screening tries about 600 patterns and 170 idioms. Each pattern's own search starts by
/// looking for the literals a match must begin with, so trying them in turn scans the text
/// 770 times: 0.4 ms on a 180-character journal entry. Here the first literals of every
/// pattern (from `regex-syntax`, as the regex crate finds them) go into one Aho-Corasick
/// automaton, and one scan says which patterns could match; only those are tried. A
/// pattern with no finite set of first literals is always tried. This never changes what
/// matches: a pattern left out has none of the literals every match of it begins with.
/// (A `RegexSet` of all the patterns was tried first: its lazy DFA builds new states for
/// almost every new reply, and made screening slower, not faster.)
struct Prefilter {
    automaton: aho_corasick::AhoCorasick,
    /// For each literal of the automaton, the patterns whose matches may begin with it.
    starts: Vec<Vec<usize>>,
    /// Patterns always tried.
    always: Vec<usize>,
    patterns: usize,
}

/// How many of a literal's first bytes the prefilter looks for.
const LITERAL_BYTES: usize = 12;

/// Whether each pattern may match (see [`Prefilter::candidates`]).
type Candidates = Vec<bool>;

impl Prefilter {
    fn new<'a>(patterns: impl IntoIterator<Item = &'a Regex>) -> Self {
        let mut count = 0;
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut ids: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut starts: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for (i, pattern) in patterns.into_iter().enumerate() {
            count += 1;
            let hir = regex_syntax::parse(pattern.as_str()).expect("risk patterns are valid");
            let mut seq = regex_syntax::hir::literal::Extractor::new().extract(&hir);
            // A match begins with the literal's first bytes too. Whole literals (31,000
            // for the lexicon) made a 60 MB automaton; their first 12 bytes are 9,900,
            // and as a contiguous NFA 0.6 MB, at about the same speed.
            seq.keep_first_bytes(LITERAL_BYTES);
            seq.dedup();
            match seq.literals() {
                Some(lits) if !lits.is_empty() && lits.iter().all(|l| !l.is_empty()) => {
                    for lit in lits {
                        let id = *ids.entry(lit.as_bytes().to_vec()).or_insert_with(|| {
                            literals.push(lit.as_bytes().to_vec());
                            starts.push(Vec::new());
                            literals.len() - 1
                        });
                        if starts[id].last() != Some(&i) {
                            starts[id].push(i);
                        }
                    }
                }
                _ => always.push(i),
            }
        }
        let automaton = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&literals)
            .expect("the literals make an automaton");
        Prefilter {
            automaton,
            starts,
            always,
            patterns: count,
        }
    }

    fn candidates(&self, text: &str) -> Candidates {
        let mut may = vec![false; self.patterns];
        for &i in &self.always {
            may[i] = true;
        }
        for m in self.automaton.find_overlapping_iter(text) {
            for &i in &self.starts[m.pattern().as_usize()] {
                may[i] = true;
            }
        }
        may
    }
}

/// Room for the lazy DFA of a pair of lists (see [`pair_patterns`]). Each side is an
/// alternation of dozens of acts, and at the regex crate's default (2 MB) its lazy DFA gave
/// up and the search fell back to an engine that grew to 1.45 GB over 1,500 replies and took
/// 0.35 ms a reply (found in the twentieth session). With room, the DFA runs: 0.5 MB grown
/// over the same replies, 400 times faster. The limit is a ceiling, not an allocation.
const PAIR_DFA_LIMIT: usize = 32 << 20;

/// A screening pattern, compiled with ASCII classes (see [`ascii_classes`]) and, if given,
/// room for its lazy DFA.
fn regex(pattern: &str, dfa_limit: Option<usize>) -> Regex {
    let mut builder = regex::RegexBuilder::new(&ascii_classes(pattern));
    if let Some(limit) = dfa_limit {
        builder.dfa_size_limit(limit);
    }
    builder.build().expect("risk patterns are valid")
}

fn compile(patterns: &[&str]) -> Vec<Regex> {
    patterns.iter().map(|p| regex(p, None)).collect()
}

fn compile_pairs(patterns: &[&str]) -> Vec<Regex> {
    patterns
        .iter()
        .map(|p| regex(p, Some(PAIR_DFA_LIMIT)))
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let harm_others = harm_others_patterns();
        let harm_others: Vec<&str> = harm_others.iter().map(String::as_str).collect();
        let affairs = [
            pair_patterns(
                &[AFFAIRS, FAREWELL].concat(),
                &[SETTLING, LAST_WORDS, CLOSING, PARTING].concat(),
            ),
            pair_patterns(PARTING, &[LAST_WORDS, SETTLING].concat()),
            ordered_pairs(
                &[AFFAIRS, FAREWELL, SETTLING, PARTING].concat(),
                LAST_CLAUSE,
            ),
        ]
        .concat();
        let affairs: Vec<&str> = affairs.iter().map(String::as_str).collect();
        let mut kinds = vec![
            (RiskKind::SelfHarm, compile(SELF_HARM_FIRST)),
            (RiskKind::Suicide, compile(SUICIDE)),
        ];
        let pairs = kinds.len();
        kinds.extend([
            (RiskKind::Suicide, compile_pairs(&affairs)),
            (RiskKind::Overdose, compile(OVERDOSE)),
            (RiskKind::SelfHarm, compile(SELF_HARM)),
            (RiskKind::AbuseDanger, compile(FEARED)),
            (RiskKind::HarmOthers, compile(&harm_others)),
            (RiskKind::AbuseDanger, compile(ABUSE_DANGER)),
        ]);
        // Another's risk that the speaker joins, each of its own kind.
        let kinds = kinds
            .into_iter()
            .chain(ANOTHERS_RISK.iter().map(|(kind, risks)| {
                let joined: Vec<String> = risks
                    .iter()
                    .map(|risk| format!(r"\b(?:{risk})\b.{{0,80}}\b(?:{JOINING})"))
                    .collect();
                let joined: Vec<&str> = joined.iter().map(String::as_str).collect();
                (*kind, compile_pairs(&joined))
            }))
            .collect::<Vec<_>>();
        let idioms = compile(&[IDIOMS, OTHER_SENSES].concat());
        let frankly_said = regex(FRANKLY, None);
        Lexicon {
            any_kind: Prefilter::new(kinds.iter().flat_map(|(_, p)| p)),
            kinds,
            pairs,
            any_idiom: Prefilter::new(&idioms),
            other_senses: IDIOMS.len(),
            idioms,
            not_mishap: regex(NOT_MISHAP, None),
            never_blanked: regex(NEVER_BLANKED, None),
            past: regex(PAST, None),
            resolved: regex(RESOLVED, None),
            current: regex(CURRENT, None),
            disowned: regex(DISOWNED, None),
            doubted: regex(DOUBTED, None),
            stopped: regex(STOPPED, None),
            fillers: regex(FILLERS, None),
            frankly: frankly_said.clone(),
            rewrites: vec![
                (frankly_said, frankly as Rewrite),
                (regex(MEDICINE_NAMES, None), tablets),
                (regex(COMMANDED, None), commanded),
                (regex(DOUBLE_NEGATION, None), affirmed),
                (regex(DEAD_WORDS, None), dead),
                (regex(GENERIC_YOU, None), generic_you),
                (regex(PLAIN_ENGLISH, None), plain_english),
                (regex(FOR_SPELT_4, None), for_spelt_4),
            ],
        }
    })
}

/// What the lexicon made of a reply.
enum Lexical {
    Risk(RiskKind),
    /// Risk words were there, but negated ("I'm not suicidal") or clearly past and resolved.
    SetAside,
    /// Idioms explained some clauses; the rest said nothing the lexicon knows.
    Idiom(String),
    Nothing,
}

/// Normalised text with a frank "not" said as "honestly" ("pretty strong, not going to
/// lie"; not "not going to lie down"), as screening reads it: choices read it so too.
pub(crate) fn vouched(text: &str) -> std::borrow::Cow<'_, str> {
    lexicon().frankly.replace_all(text, frankly)
}

/// Blanks out idioms that only sound risky.
/// A mishap done on purpose is not a mishap: an idiom is not blanked beside words of
/// [`NOT_MISHAP`] in its clause, the clause before or the one after ("burned my arm with a
/// lighter on purpose").
pub(crate) fn blank_idioms(text: &str) -> String {
    let lex = lexicon();
    let mut cleaned = text.to_string();
    let mut candidates = lex.any_idiom.candidates(&cleaned);
    for (i, idiom) in lex.idioms.iter().enumerate() {
        // Most replies hold no idiom: the text is copied only for one that does.
        if !candidates[i] || !idiom.is_match(&cleaned) {
            continue;
        }
        let mut out = String::with_capacity(cleaned.len());
        let mut last = 0;
        for m in idiom.find_iter(&cleaned) {
            // The clause before, this one and the one after: "what did i do when i felt
            // anxious? | burned my arm", "burned my arm | on purpose".
            let start = cleaned[..m.start()]
                .rfind(['|', '?'])
                .map_or(0, |i| cleaned[..i].rfind(['|', '?']).map_or(0, |j| j + 1));
            let next_break = |from: usize| {
                cleaned[from..]
                    .find(['|', '?'])
                    .map_or(cleaned.len(), |i| from + i)
            };
            let first = next_break(m.end());
            let end = if first < cleaned.len() {
                next_break(first + 1)
            } else {
                first
            };
            let unblankable = lex.never_blanked.is_match(m.as_str());
            if !unblankable
                && (i >= lex.other_senses || !lex.not_mishap.is_match(&cleaned[start..end]))
            {
                out.push_str(&cleaned[last..m.start()]);
                out.push_str(" _ ");
                last = m.end();
            }
        }
        out.push_str(&cleaned[last..]);
        if out != cleaned {
            // The idioms after this one read the text as blanked so far.
            candidates = lex.any_idiom.candidates(&out);
        }
        cleaned = out;
    }
    cleaned
}

/// The kind of the first pattern, in the order of urgency, with a match that negation
/// does not reach; and whether some match was set aside by negation.
fn first_kept(lex: &Lexicon, cleaned: &str) -> (Option<RiskKind>, bool) {
    let mut set_aside = false;
    let candidates = lex.any_kind.candidates(cleaned);
    let mut index = 0;
    let found =
        lex.kinds
            .iter()
            .enumerate()
            .find_map(|(group, (kind, patterns))| {
                // A pet is another only outside the goodbye pairs.
                let pets = group != lex.pairs;
                let first = index;
                index += patterns.len();
                patterns
                    .iter()
                    .enumerate()
                    .any(|(i, p)| {
                        candidates[first + i]
                            && p.is_match(cleaned)
                            && p.find_iter(cleaned).any(|m| {
                                // A clause that opens with "when", "if" or "once" ("when I'm gone")
                                // is said, whatever the clause before it denies ("so people aren't
                                // left with a mess when I'm gone").
                                let subordinate =
                                    m.as_str().split_whitespace().next().is_some_and(|w| {
                                        matches!(w, "when" | "if" | "once" | "after")
                                    });
                                let kept = (subordinate || !negated(cleaned, m.start()))
                                    && (carries_negation(p.as_str()) || !has_negator(m.as_str()))
                                    && !lex.stopped.is_match(&cleaned[m.end()..])
                                    && !(kind.is_about_oneself()
                                        && !speaks_of_oneself(m.as_str())
                                        && said_of_another(cleaned, m.start(), pets));
                                set_aside |= !kept;
                                kept
                            })
                    })
                    .then_some(*kind)
            });
    (found, set_aside)
}

fn lexical(text: &str) -> Lexical {
    let lex = lexicon();
    let mut rewritten = std::borrow::Cow::Borrowed(text);
    for (pattern, rewrite) in &lex.rewrites {
        if let std::borrow::Cow::Owned(changed) = pattern.replace_all(&rewritten, rewrite) {
            rewritten = std::borrow::Cow::Owned(changed);
        }
    }
    // A reply's closing full stop is no clause of its own: patterns that read the last words
    // ("... | bye", "i'm away for good") end at `$`, which the " |" it leaves would hide.
    let text = rewritten.as_ref().trim_end_matches([' ', '|']);
    let blanked = blank_idioms(text);
    let cleaned = lex.fillers.replace_all(&blanked, "$1");
    let (found, set_aside) = first_kept(lex, &cleaned);
    // A clearly past and resolved experience, or intrusive thoughts disowned, sets the
    // whole reply aside.
    // (The words of the resolution are no sign of now: "so glad i'm still here".)
    let past_and_resolved = (lex.past.is_match(&cleaned)
        && lex.resolved.is_match(&cleaned)
        && !lex
            .current
            .is_match(&lex.resolved.replace_all(&cleaned, " _ ")))
        || (lex.disowned.is_match(&cleaned) && !lex.doubted.is_match(&cleaned));
    // Unless risk is said after the sentence that resolved it, and not as past itself: "i
    // used to cut and i stopped | the problem now is that i want to die".
    let said_since = || {
        // After the sentence that resolved it, or the end of the words that disowned it.
        let from = match lex.resolved.find(&cleaned) {
            Some(resolved) => resolved.start(),
            None => lex.disowned.find(&cleaned)?.end(),
        };
        let end = cleaned[from..].find(['|', '?']).map(|i| from + i + 1)?;
        let since = &cleaned[end..];
        if lex.past.is_match(since) {
            return None;
        }
        first_kept(lex, since).0
    };
    // Or said in the clauses before the past was spoken of, so of now: "i want to die | i
    // used to be happy | not anymore".
    let said_before = || {
        let past = lex.past.find(&cleaned)?;
        let clause = cleaned[..past.start()].rfind(['|', '?'])?;
        first_kept(lex, &cleaned[..clause]).0
    };
    let found = match found {
        Some(_) if past_and_resolved => said_since().or_else(said_before),
        found => found,
    };
    match found {
        Some(kind) => Lexical::Risk(kind),
        None if set_aside || past_and_resolved => Lexical::SetAside,
        None if blanked != text => {
            // An idiom explains the words that sounded risky in its clause ("this exam is
            // killing me"); the backstop reads only the other clauses.
            let rest: Vec<&str> = cleaned
                .split(['|', '?'])
                .filter(|clause| !clause.contains('_'))
                .collect();
            Lexical::Idiom(rest.join(" | "))
        }
        None => Lexical::Nothing,
    }
}

/// Screens normalised text (see [`crate::normalise`]) with the lexicon, backed by the
/// shipped statistical model. Returns the most urgent kind found.
pub fn screen_normalised(text: &str) -> Option<RiskKind> {
    screen_with_model(text, crate::model::shipped())
}

/// As [`screen_normalised`], with a given backstop model (for cross-validation).
pub fn screen_with_model(text: &str, model: &crate::model::Model) -> Option<RiskKind> {
    match lexical(text) {
        Lexical::Risk(kind) => Some(kind),
        Lexical::SetAside => None,
        Lexical::Idiom(rest) => model.predict(&rest),
        Lexical::Nothing => model.predict(text),
    }
}

/// What the lexicon alone made of normalised text, as a word.
pub fn lexicon_verdict(text: &str) -> &'static str {
    match lexical(text) {
        Lexical::Risk(_) => "risk",
        Lexical::SetAside => "set_aside",
        Lexical::Idiom(_) => "idiom",
        Lexical::Nothing => "nothing",
    }
}

/// The lexicon alone, without the statistical backstop.
pub fn screen_lexicon_only(text: &str) -> Option<RiskKind> {
    match lexical(text) {
        Lexical::Risk(kind) => Some(kind),
        _ => None,
    }
}

/// Whether a pattern spells out a negation itself ("don't want to live"): then a negation
/// inside its match is part of the risk, not a denial of it.
fn carries_negation(pattern: &str) -> bool {
    NEGATORS.iter().any(|n| pattern.contains(n))
        || pattern.contains("can't")
        || pattern.contains("nobody")
}

fn has_negator(matched: &str) -> bool {
    matched.split_whitespace().any(|w| NEGATORS.contains(&w))
}

/// Verbs through which a negation reaches a clause of its own: "i don't think i'll ...",
/// "i never said i wanted ...".
const NEGATED_THROUGH: &[&str] = &[
    "think", "thinking", "believe", "reckon", "expect", "imagine", "suppose", "feel", "want",
    "plan", "planning", "intend", "mean", "meant", "say", "said", "saying", "know",
];

/// The speaker as the subject of a clause.
const SPEAKER: &[&str] = &["i", "i'm", "i'll", "i've", "i'd", "im"];

/// Whether a match names the speaker ("i want to follow him"), so that it is theirs
/// whoever else it names.
fn speaks_of_oneself(matched: &str) -> bool {
    matched
        .split_whitespace()
        .any(|w| SPEAKER.contains(&w) || matches!(w, "me" | "my" | "myself" | "mine"))
}

/// Pets, as the subject of what a reply says: another's ("my dog keeps biting my arm"),
/// except in an act of care before a goodbye ("the dog's had her favourite dinner"), where
/// the pet is the one cared for.
const PETS: &[&str] = &[
    "dog", "puppy", "pup", "cat", "kitten", "hamster", "rabbit", "parrot",
];

/// People a reply may speak of, as the subject of what it says (and see [`PETS`]).
const OTHERS: &[&str] = &[
    "character",
    "girl",
    "boy",
    "man",
    "woman",
    "lad",
    "guy",
    "teenager",
    "person",
    "mum",
    "mother",
    "mom",
    "dad",
    "father",
    "son",
    "daughter",
    "friend",
    "mate",
    "brother",
    "sister",
    "partner",
    "husband",
    "wife",
    "boyfriend",
    "girlfriend",
    "child",
    "kid",
    "kids",
    "cousin",
    "nan",
    "gran",
    "grandma",
    "grandad",
    "aunt",
    "auntie",
    "uncle",
    "colleague",
    "flatmate",
    "housemate",
    "niece",
    "nephew",
    "stepdad",
    "stepmum",
    "student",
    "pupil",
    "client",
    "patient",
    "neighbour",
    "ex",
    "bestie",
    "bff",
];

/// The speaker going the same way as someone else, or going along: "... and i've been
/// thinking about doing the same", "... and i'm going to help her do it", "i said i'd go
/// with him".
const JOINING: &str = r"(i|i've|i'm|i'd|i'll|me)( [\w']+){0,5} ((do|doing|did|done|go|going|went|try|trying|tried|feel|felt|want|wanting) (the same( thing| way)?|it too|it as well|it myself|that too)|(tried|try|trying) it\b|(started|begun|done it|started doing it) (too|as well)\b|(follow|following|join|joining|copy|copying) (her|him|them)( there)?\s*(\||$)|(help|helping) (her|him|them) (to )?do it)";

/// The speaker the same as another, in so many words: "... and so have i", "me too", "i'm
/// the same" (beside [`JOINING`], when another's words are the speaker's too).
const SAME_TOO: &str = r"so (have|did|am|do) i|we both|both of us|same here|and me|me (too|as well)|i('m| am) the same|i (did|have|do|am) (too|as well)";

/// Another's risk, which the speaker may join ([`JOINING`]), by kind: each alternative
/// apart, so that the prefilter finds the literals each begins with.
const ANOTHERS_RISK: &[(RiskKind, &[&str])] = &[
    (
        RiskKind::Suicide,
        &[
            r"(kill|killed|killing|kills|hanged|hung) (herself|himself|themselves)",
            r"(tried|tries|trying|wants|wanted|want|going|planning|plans) to (die|end it|end (her|his|their) life|kill (herself|himself|themselves))",
            r"(took|taken|take|takes|taking) (her|his|their) own life",
            r"(died|dies) by suicide",
            r"committed suicide",
            r"(is|was|'s|been|are|were) suicidal",
            r"(says|said|talks about|talking about|talked about) (ending it|killing (herself|himself|themselves)|suicide)",
        ],
    ),
    (
        RiskKind::SelfHarm,
        &[
            r"(cuts|cut|cutting|harms|harming|hurts|hurting|burns|burning) (herself|himself|themselves)",
            r"self harms",
            r"(is|was|'s|been|are|were) self harming",
            r"(cuts|self harms)\s*(\||and\b)",
        ],
    ),
    (
        RiskKind::Overdose,
        &[
            r"(took|taken|takes|had|has had)( an| a)? overdose",
            r"overdosed",
            r"(hoards|hoarded|hoarding|stockpiles|stockpiling|saves|saving|saved) (up )?(her|his|their) (pills|tablets|meds|medication)",
        ],
    ),
    (
        RiskKind::HarmOthers,
        &[
            r"(wants|wanted|is going|'s going|are going|plans|planning|means|meant) to (batter|hurt|kill|stab|beat up|attack|hit|glass|do in|smash) (him|her|them|someone|somebody|(her|his|their) \w+)",
        ],
    ),
];

/// Whether what a match says of oneself is said of someone else, the subject just before
/// it: "my son's been self harming", "my mum's taking too many painkillers for her back".
/// Not the speaker's own mind ("my head's telling me to ..."), which is theirs.
fn said_of_another(text: &str, start: usize, pets: bool) -> bool {
    let before: Vec<&str> = text[..start]
        .split_whitespace()
        .rev()
        .take_while(|w| !matches!(*w, "|" | "?"))
        .collect();
    // Past a verb that takes the match as its object: "my patient took an | overdose".
    let object_of = matches!(
        before[..before.len().min(2)],
        [
            "an" | "a",
            "took" | "taken" | "had" | "has" | "takes" | "did" | "does"
        ]
    );
    let before = &before[if object_of { 2 } else { 0 }..];
    // Past "used to": "my friend used to self harm".
    let before = match before {
        ["to", "used", rest @ ..] => rest,
        _ => before,
    };
    // Past the helping verbs: "my son has been", "she keeps".
    let mut words = before.iter().copied().skip_while(|w| {
        matches!(
            *w,
            "been"
                | "is"
                | "was"
                | "has"
                | "had"
                | "have"
                | "keeps"
                | "kept"
                | "started"
                | "still"
                | "just"
                | "always"
                | "also"
                | "now"
                | "again"
                | "recently"
        )
    });
    let Some(subject) = words.next() else {
        return false;
    };
    // Unless the speaker says it of themselves too, or goes the same way or along: "... and
    // so have i", "me too" (whole words: "and meant" is no "and me"), "... and i've been
    // thinking about doing the same", "... and i'm going to help her do it".
    let rest = format!(" {} ", &text[start..]);
    static JOINED: OnceLock<Regex> = OnceLock::new();
    let joined =
        JOINED.get_or_init(|| regex(&format!(r"\b(?:{JOINING})|\b(?:{SAME_TOO})\b"), None));
    if joined.is_match(&rest) {
        return false;
    }
    // Going along, where no help is the place gone to: "he's going to end it and i said
    // i'd go with him" (not "i told her to go to the gp | i said i'd go with her").
    static ALONG: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (along, helped) = ALONG.get_or_init(|| {
        (
            regex(r"\b(i|i'd|i'll|i'm|me)( [\w']+){0,4} (go|going|come|coming) with (her|him|them)\s*(\||$)", None),
            regex(r"\b(gp|doctors?|hospital|a&e|appointment|clinic|counsellor|therapist|nurse|police|school|helpline|walk in centre|crisis team)\b", None),
        )
    });
    if along.is_match(&rest) && !helped.is_match(&rest) {
        return false;
    }
    // A subject opens its clause: "my son's been ...", not "said bye to my nan ...".
    let opens_clause = |w: Option<&str>| {
        w.is_none_or(|w| {
            matches!(
                w,
                "and"
                    | "but"
                    | "so"
                    | "because"
                    | "cos"
                    | "that"
                    | "since"
                    | "as"
                    | "now"
                    | "where"
                    | "who"
                    | "when"
                    | "whose"
                    | "while"
            )
        })
    };
    let pronoun = |w: &str| {
        matches!(
            w,
            "he" | "she" | "they" | "he's" | "she's" | "they're" | "they've" | "he'd" | "she'd"
        )
    };
    // One of [`OTHERS`], perhaps plural ("patients"), once a possessive "'s" is off.
    let other = |word: &str| {
        let word = word.strip_suffix("'s").unwrap_or(word);
        let one = |w: &str| OTHERS.contains(&w) || (pets && PETS.contains(&w));
        one(word) || word.strip_suffix('s').is_some_and(one)
    };
    if pronoun(subject) {
        // Or another's words reported: "she said she wants to die", "my friend told me he
        // ..." (not "i said she ...", which is still another's, nor the speaker's own).
        let mut next = words.next();
        if opens_clause(next) {
            return true;
        }
        if matches!(next, Some("me" | "us")) {
            next = words.next();
        }
        let reported = matches!(
            next,
            Some("said" | "says" | "told" | "tells" | "texted" | "messaged" | "wrote" | "reckons")
        );
        return reported
            && words
                .next()
                .is_some_and(|w| pronoun(w.strip_suffix("'s").unwrap_or(w)) || other(w));
    }
    // A relative clause: "my friend who self harms" (not "a person who", which may be the
    // speaker).
    let relative = subject == "who";
    let subject = if relative {
        let Some(w) = words.next() else {
            return false;
        };
        w
    } else {
        subject
    };
    // Past a word that says which: "the main character", "my little brother".
    let mut owner = words.next();
    // Someone's someone: "my friend's dad".
    if owner.is_some_and(|o| o.ends_with("'s") && other(o)) {
        owner = words.next();
    }
    if owner.is_some_and(|o| {
        matches!(
            o,
            "main"
                | "little"
                | "older"
                | "younger"
                | "best"
                | "new"
                | "old"
                | "eldest"
                | "youngest"
                | "big"
        )
    }) {
        owner = words.next();
    }
    let owned = owner.is_some_and(|o| {
        matches!(
            o,
            "my" | "our" | "his" | "her" | "their" | "your" | "a" | "the" | "this" | "that"
        )
    });
    // "one of my patients".
    let mut next = words.next();
    if next == Some("of") {
        next = words
            .next()
            .filter(|w| {
                matches!(
                    *w,
                    "one" | "some" | "two" | "both" | "few" | "lots" | "all" | "most"
                )
            })
            .and_then(|_| words.next());
    }
    if relative {
        return other(subject) && owned && owner != Some("a");
    }
    other(subject) && owned && opens_clause(next)
}

/// Whether a negation stands within the five words before `start`, in the same clause.
/// "No one" is a person, not a negation: "no one will notice when I'm gone" is not denied;
/// nor is "no" said ("if i say no he pushes me").
/// Nor is a negation that a new "I" clause follows, unless it reaches it through a verb of
/// thinking or saying: "if this doesn't work i'm going to kill myself" is not denied, "i
/// don't think i'd ever kill myself" is.
fn negated(text: &str, start: usize) -> bool {
    // A match that opens with a clause break opens a clause: "not good | want out".
    if text[start..].starts_with(['|', '?']) {
        return false;
    }
    let before: Vec<&str> = text[..start].split_whitespace().collect();
    // The match's own first word may be the new clause's subject: "if things don't get
    // better i'm ending it".
    let opening = text[start..].split_whitespace().next();
    before
        .iter()
        .enumerate()
        .rev()
        .take(5)
        // "he doesn't mean it when he chokes me": a "when" clause is said, whatever the
        // clause before it denies.
        .take_while(|(_, w)| !matches!(**w, "|" | "?" | "but" | "though" | "when" | "whenever"))
        .any(|(i, w)| {
            let after: Vec<&str> = before[i + 1..].iter().copied().chain(opening).collect();
            let after = after.as_slice();
            let subject = after.iter().position(|w| SPEAKER.contains(w));
            // "i never feel better and i'd rather be dead": a conjunction before the new
            // subject ends the negation's reach, even through "feel".
            let joined = subject.is_some_and(|at| {
                after[..at]
                    .iter()
                    .any(|w| matches!(*w, "and" | "so" | "because" | "cos" | "then" | "or"))
            });
            // Whether the negation is the speaker's: the word before it, past adverbs, is
            // "I" or a clause's start ("i really don't think", not "they don't know").
            let by_speaker = || {
                before[..i]
                    .iter()
                    .rev()
                    .find(|w| {
                        !matches!(
                            **w,
                            "do" | "does"
                                | "did"
                                | "really"
                                | "honestly"
                                | "just"
                                | "even"
                                | "still"
                                | "actually"
                                | "genuinely"
                                | "truly"
                                | "seriously"
                        )
                    })
                    .is_none_or(|w| SPEAKER.contains(w) || matches!(*w, "|" | "?"))
            };
            // "they don't know i've been planning it": through a verb of thinking or
            // saying, a negation reaches only the speaker's own clause.
            let new_clause = subject.is_some()
                && (joined
                    || !after
                        .first()
                        .is_some_and(|next| NEGATED_THROUGH.contains(next))
                    || !by_speaker());
            // "No" said is a word, not a denial: "he shouts if i say no and ... pushed me".
            let said_no = *w == "no"
                && i.checked_sub(1).is_some_and(|b| {
                    matches!(
                        before[b],
                        "say"
                            | "said"
                            | "says"
                            | "saying"
                            | "tell"
                            | "told"
                            | "answer"
                            | "answered"
                            | "reply"
                            | "replied"
                            | "shout"
                            | "shouted"
                    )
                });
            // "no" of a noun is no denial of what follows: "no one", "no point in anything
            // anymore | might as well be dead".
            let no_of_a_noun = *w == "no"
                && before.get(i + 1).is_some_and(|n| {
                    matches!(*n, "one" | "point" | "hope" | "future" | "light" | "joy")
                });
            // What one did not tell is said: "i didn't mention that my husband kicked me",
            // "i haven't told anyone he hits me".
            // Only the speaker's not telling, and not a command ("the voices never tell me
            // to hurt myself").
            let untold = by_speaker()
                && before.get(i + 2) != Some(&"me")
                && before.get(i + 1).is_some_and(|next| {
                    matches!(
                        *next,
                        "mention"
                            | "mentioned"
                            | "tell"
                            | "told"
                            | "admit"
                            | "admitted"
                            | "report"
                            | "reported"
                    )
                });
            // A negation inside an "if" clause stays there when the match is further on:
            // "if i don't get into uni there's no point carrying on".
            let conditional = before.len() - i >= 4
                && before[..i]
                    .iter()
                    .rev()
                    .take_while(|w| !matches!(**w, "|" | "?"))
                    .any(|w| matches!(*w, "if" | "unless"));
            // "i can't say i've ever wanted to die" denies it.
            let never_said = matches!(*w, "can't" | "cannot" | "couldn't")
                && before.get(i + 1) == Some(&"say")
                && after.contains(&"ever");
            (NEGATORS.contains(w) || never_said)
                && !(no_of_a_noun
                    || said_no
                    || new_clause
                    || untold
                    || conditional
                    || undone(&before, i))
        })
}

/// Words that assert, which a negation turns into doubt: "i'm not sure", "i can't promise".
const ASSERTING: &[&str] = &[
    "sure",
    "certain",
    "promise",
    "say",
    "said",
    "saying",
    "guarantee",
    "swear",
    "claim",
    "pretend",
    "pretending",
    "positive",
];

/// Whether the negation at `before[i]` is undone in its clause: a second negation
/// ("i don't not want to die"), doubt of an assertion before or after it ("i can't promise
/// i won't hurt myself", "i never said i wasn't thinking about it"), or a stop denied
/// ("i haven't stopped thinking about jumping").
fn undone(before: &[&str], i: usize) -> bool {
    let negates = |w: &str| NEGATORS.contains(&w) || matches!(w, "can't" | "cannot" | "couldn't");
    // The clause the negation is in, up to the match.
    let from = before[..i]
        .iter()
        .rposition(|w| matches!(*w, "|" | "?" | "but" | "though" | "when" | "whenever"))
        .map_or(0, |b| b + 1);
    let doubts = |k: usize| {
        negates(before[k])
            && match before.get(k + 1) {
                Some(&"be") => before.get(k + 2).is_some_and(|w| ASSERTING.contains(w)),
                Some(w) => ASSERTING.contains(w),
                None => false,
            }
    };
    let next = before.get(i + 1).copied();
    next.is_some_and(|w| {
        matches!(w, "stop" | "stopped" | "stopping" | "quit") || NEGATORS.contains(&w)
    }) || (i > from && NEGATORS.contains(&before[i - 1]))
        || (from..i).any(doubts)
        || (doubts(i) && before[i + 1..].iter().any(|w| negates(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn screen(text: &str) -> Option<RiskKind> {
        screen_normalised(&normalise(text))
    }

    /// Each text is flagged by the lexicon alone, as the kind given.
    fn assert_flags(cases: &[(&str, RiskKind)]) {
        for (text, kind) in cases {
            assert_eq!(screen_lexicon_only(text), Some(*kind), "{text}");
        }
    }

    /// No text is flagged by the lexicon.
    fn assert_clear(texts: &[&str]) {
        for text in texts {
            assert_eq!(screen_lexicon_only(text), None, "{text}");
        }
    }

    #[test]
    fn every_pattern_compiles() {
        let lex = lexicon();
        for kind in RiskKind::ALL {
            assert!(
                lex.kinds.iter().any(|(k, p)| *k == kind && !p.is_empty()),
                "{kind:?} has patterns"
            );
        }
    }

    #[test]
    fn going_and_not_coming_back_and_relatives_as_targets() {
        assert_eq!(
            screen("i'm planning to go to the cliffs this weekend and not come back"),
            Some(RiskKind::Suicide)
        );
        assert_eq!(screen("thinking bout ending it"), Some(RiskKind::Suicide));
        assert_eq!(
            screen("i've been thinking about killing my stepdad"),
            Some(RiskKind::HarmOthers)
        );
    }

    #[test]
    fn die_misspelt_razors_running_over_and_waking_early() {
        assert_eq!(screen("i wanna dye"), Some(RiskKind::Suicide));
        assert_eq!(screen("i want to dye my hair red"), None);
        assert_eq!(
            screen("picked up the razor again"),
            Some(RiskKind::SelfHarm)
        );
        assert_eq!(
            screen("i keep thinking about running someone over on purpose"),
            Some(RiskKind::HarmOthers)
        );
        assert_eq!(screen("i'd rather not wake up early"), None);
        assert!(screen("i'd rather not wake up").is_some());
        assert_eq!(
            screen("i used to self harm as a teen but not for 10 years"),
            None
        );
        assert_eq!(
            screen("my brother used to hit me when we were kids, we get on now"),
            None
        );
    }

    #[test]
    fn arranging_care_bullying_and_idioms_of_stories_and_tiredness() {
        assert_eq!(
            screen("i told my sister to look after my dog if anything happens to me"),
            Some(RiskKind::Suicide)
        );
        assert_eq!(
            screen("someone at school keeps hurting me"),
            Some(RiskKind::AbuseDanger)
        );
        assert_eq!(
            screen("i've got pills saved up for when it gets too much"),
            Some(RiskKind::Overdose)
        );
        for idiom in [
            "the film had a suicide scene and it upset me",
            "i'm at the end of my rope with my kids' behaviour",
            "i could sleep forever",
            "i feel unsafe walking home at night sometimes",
        ] {
            assert_eq!(screen(idiom), None, "{idiom}");
        }
        // Not the wish: "i want to sleep forever" is still read.
        assert!(screen("i want to sleep forever").is_some());
    }

    #[test]
    fn no_one_is_a_person_not_a_negation() {
        assert!(screen("no one will notice when i'm gone anyway").is_some());
        assert_eq!(screen("no, i'm not suicidal"), None);
    }

    #[test]
    fn negation_is_scoped_to_its_clause() {
        assert_eq!(screen("I'm not suicidal, just stressed"), None);
        assert_eq!(screen("I would never hurt myself"), None);
        assert_eq!(screen("I don't want to die"), None);
        assert_eq!(
            screen("I'm not suicidal but sometimes I wish I wasn't here"),
            Some(RiskKind::Suicide)
        );
        assert_eq!(
            screen("I don't want to be here anymore"),
            Some(RiskKind::Suicide)
        );
        assert_eq!(screen("no, I want to kill myself"), Some(RiskKind::Suicide));
    }

    #[test]
    fn idioms_are_not_risks() {
        for idiom in [
            "this commute is killing me",
            "I beat myself up about it",
            "I'm dying for a cup of tea",
            "my mum will kill me if I'm late",
            "I need to cut myself some slack",
            "I'm dead tired",
        ] {
            assert_eq!(screen(idiom), None, "{idiom}");
        }
    }

    #[test]
    fn past_and_resolved_is_set_aside_but_not_when_it_is_back() {
        assert_eq!(
            screen("I used to self harm as a teenager but I haven't for years"),
            None
        );
        assert_eq!(
            screen("I used to self harm as a teenager and the urges are coming back"),
            Some(RiskKind::SelfHarm)
        );
    }

    #[test]
    fn warning_signs_in_other_words() {
        for (text, kind) in [
            (
                "i stood right on the edge of the platform today",
                RiskKind::Suicide,
            ),
            ("what's the least painful way to go", RiskKind::Suicide),
            (
                "i looked up the highest bridges round here",
                RiskKind::Suicide,
            ),
            ("honestly i think my time is up", RiskKind::Suicide),
            ("i've got a plan and the means", RiskKind::Suicide),
            ("i keep thinking about who gets the cat", RiskKind::Suicide),
            ("i went back to the blades", RiskKind::SelfHarm),
            ("i deliberately scalded my arm", RiskKind::SelfHarm),
            ("sh again, sorry", RiskKind::SelfHarm),
            ("the urge to sh is bad tonight", RiskKind::SelfHarm),
            (
                "i sat in the car in the garage with the engine running",
                RiskKind::Suicide,
            ),
            (
                "i've started giving my stuff away so it's sorted for after",
                RiskKind::Suicide,
            ),
            ("my brother beats me up", RiskKind::AbuseDanger),
            (
                "i'm locked in and he's taken my phone",
                RiskKind::AbuseDanger,
            ),
            ("i can't see myself getting old", RiskKind::Suicide),
            ("i'm only still here because of my cat", RiskKind::Suicide),
            ("i wouldn't care if a bus hit me", RiskKind::Suicide),
            ("i've got fresh cuts on my legs", RiskKind::SelfHarm),
        ] {
            assert_eq!(screen(text), Some(kind), "{text}");
        }
    }

    #[test]
    fn a_when_clause_is_said_whatever_the_clause_before_denies() {
        assert_eq!(
            screen("sorting things so they aren't left with a mess when i'm gone"),
            Some(RiskKind::Suicide)
        );
    }

    #[test]
    fn resolve_the_last_reason_hidden_marks_and_a_date() {
        assert_flags(&[
            (
                "my worry is that one day i'll actually go through with it",
                RiskKind::Suicide,
            ),
            ("the only thing stopping me is my mum", RiskKind::Suicide),
            (
                "i keep driving past the bridge and thinking about it",
                RiskKind::Suicide,
            ),
            ("i've made up my mind | this weekend", RiskKind::Suicide),
            ("i hide the marks on my thighs", RiskKind::SelfHarm),
            (
                "i wear long sleeves in summer to hide my arms",
                RiskKind::SelfHarm,
            ),
            ("i was groped on the bus", RiskKind::AbuseDanger),
            (
                "i threatened my neighbour with a knife",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&[
            "the only thing stopping me from going to the gym is time",
            "i was nervous about the interview but i'm going to go through with it",
            "i've decided to go out tonight",
            "we drove over the bridge and thought about lunch",
        ]);
    }

    #[test]
    fn the_will_to_live_joining_the_dead_and_threats_by_message() {
        assert_flags(&[
            ("i have lost the will to live", RiskKind::Suicide),
            (
                "i feel there is little reason to continue",
                RiskKind::Suicide,
            ),
            ("i just want to stop breathing", RiskKind::Suicide),
            (
                "my dad died last year and i want to join him",
                RiskKind::Suicide,
            ),
            ("i stopped eating to punish my body", RiskKind::SelfHarm),
            ("i want to set fire to his house", RiskKind::HarmOthers),
            (
                "someone sent me a message saying they'll hurt me",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i feel there is little reason to continue with the diet",
            "i want to be with my friends more",
            "i burned my skin in the sun",
            "i was attacked by a wasp",
            "i'd be doing everyone a favour if i brought snacks",
        ]);
    }

    #[test]
    fn euphemisms_for_leaving_control_and_secrets() {
        assert_flags(&[
            ("thinking about checking out for good", RiskKind::Suicide),
            (
                "i've tidied up my affairs and cancelled my subscriptions",
                RiskKind::Suicide,
            ),
            ("tonight's the night", RiskKind::Suicide),
            ("i'm not going to be around to see it", RiskKind::Suicide),
            (
                "my partner tracks my location and goes mad if i'm late",
                RiskKind::AbuseDanger,
            ),
            (
                "he wants to meet up and says not to tell my parents",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "tonight's the night of the big match",
            "i know exactly how i'd do it differently next time",
            "my partner tracks our spending in a spreadsheet",
            "thinking about checking out that new cafe",
        ]);
    }

    #[test]
    fn a_negation_does_not_reach_into_a_new_clause_of_its_own() {
        assert_flags(&[
            (
                "if this doesn't work i'm going to kill myself",
                RiskKind::Suicide,
            ),
            ("no i'm going to kill myself", RiskKind::Suicide),
            ("i'm not sure i want to live", RiskKind::Suicide),
        ]);
        assert_clear(&[
            "i don't think i'd ever kill myself",
            "i never said i wanted to die",
            "i'm not going to kill myself",
        ]);
    }

    #[test]
    fn letting_go_the_dead_the_police_and_fear_of_someone() {
        assert_flags(&[
            ("i need it to be over", RiskKind::Suicide),
            (
                "i'm so tired of fighting | i want to let go",
                RiskKind::Suicide,
            ),
            (
                "i want to go and be with my mum | she's been gone 2 years",
                RiskKind::Suicide,
            ),
            (
                "been looking at the train times and the level crossing",
                RiskKind::Suicide,
            ),
            (
                "i had to call the police on my partner last night",
                RiskKind::AbuseDanger,
            ),
            ("i'm afraid he'll hurt the kids", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "i want to let go of the past",
            "i'm so tired of fighting with my partner about money",
            "i have a rope swing in the garden",
            "i want to be with my friends more",
        ]);
    }

    #[test]
    fn phone_spellings_courage_and_blackmail() {
        for (text, kind) in [
            ("no point livin", RiskKind::Suicide),
            ("thinkin bout endin it", RiskKind::Suicide),
            ("i dnt wanna b here no more", RiskKind::Suicide),
            ("if i had the guts i'd end it", RiskKind::Suicide),
            ("too much of a coward to do it", RiskKind::Suicide),
            (
                "someone is blackmailing me with nudes",
                RiskKind::AbuseDanger,
            ),
        ] {
            assert_eq!(screen_lexicon_only(&normalise(text)), Some(kind), "{text}");
        }
        for text in [
            "i used to self harm but stopped 5 years ago",
            "he's threatening to leave his job",
            "i've taken my pills",
            "i dnt wanna b here at work",
            "scratchin my head over this homework",
        ] {
            assert_eq!(screen(text), None, "{text}");
        }
    }

    #[test]
    fn formal_phrasings_weapons_and_disowned_thoughts() {
        assert_flags(&[
            (
                "i feel that my family would manage perfectly well without me",
                RiskKind::Suicide,
            ),
            ("i have purchased a hosepipe for the car", RiskKind::Suicide),
            ("thoughts of death are constant", RiskKind::Suicide),
            (
                "i keep my shotgun by the bed and think about using it on myself",
                RiskKind::Suicide,
            ),
            (
                "i lost my temper and strangled my partner",
                RiskKind::HarmOthers,
            ),
            (
                "my son shouts at me and has pushed me over twice",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "my family would manage perfectly well without me for a weekend away",
            "i have been cutting fabric with a craft knife",
            "i took all my tablets this morning as usual",
            "i get intrusive thoughts about harming my baby but i know i'd never act on them",
        ]);
        // Doubt undoes the disowning.
        for text in [
            "i have intrusive thoughts about killing myself and i'm not sure i won't act on them",
            "intrusive thoughts about hurting my baby | i'm scared i won't be able to not act on them",
        ] {
            assert!(screen_lexicon_only(text).is_some(), "{text}");
        }
    }

    #[test]
    fn plain_checklist_phrasings() {
        assert_flags(&[
            ("i injure myself when i'm upset", RiskKind::SelfHarm),
            ("i'm not safe", RiskKind::AbuseDanger),
            ("i don't feel safe at home", RiskKind::AbuseDanger),
            ("i'm being bullied and i'm scared", RiskKind::AbuseDanger),
            ("my parent hits me", RiskKind::AbuseDanger),
        ]);
        for text in [
            "i don't feel safe driving in the snow",
            "i want to live a happier life",
            "i want to end my worrying",
            "i want to end this bad habit",
            "i keep thinking about death since my gran passed",
        ] {
            assert_eq!(screen(text), None, "{text}");
        }
    }

    #[test]
    fn risk_inside_long_entries() {
        assert_flags(&[
            ("on the way home i kept thinking how easy it would be to step off the platform | i didn't | but the thought scared me", RiskKind::Suicide),
            ("went to bed and wished i wouldn't wake up", RiskKind::Suicide),
            ("i feel like i'm already gone | just waiting for my body to catch up", RiskKind::Suicide),
            ("i asked my sister to look after my cat if anything happens", RiskKind::Suicide),
            ("i'm scared of what i'll do to myself", RiskKind::Suicide),
            ("i'm scared of what i'll do to her", RiskKind::HarmOthers),
            ("they said they know where my mum lives", RiskKind::AbuseDanger),
            ("my partner makes me ask permission to leave the house", RiskKind::AbuseDanger),
            ("he took my phone again and wouldn't give it back", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "he took my phone to look at the photos from the party | it was funny",
            "i've been saying goodbye to my old job | last day on friday",
            "i asked my sister to look after my cat while i'm away",
        ]);
    }

    #[test]
    fn a_conjunction_ends_a_negations_reach_and_more_long_entries() {
        assert_flags(&[
            ("my worry is that i'll never feel better and i'd rather be dead than live like this", RiskKind::Suicide),
            ("it doesn't | i've decided i'm not going to keep trying |", RiskKind::Suicide),
            ("i wear long sleeves so nobody sees what i do to my arms", RiskKind::SelfHarm),
            ("honestly the cutting is the only thing keeping me going at the moment", RiskKind::SelfHarm),
            ("my ex keeps turning up at my new place at night and banging on the door", RiskKind::AbuseDanger),
            ("after the row i took everything in the bathroom cabinet", RiskKind::Overdose),
        ]);
        assert_clear(&[
            "i don't feel like i'd be better off dead",
            "i'm not going to kill myself",
            "i've decided i'm not going to keep trying with the diet",
        ]);
    }

    #[test]
    fn rehearsal_hidden_tools_and_homelessness() {
        assert_flags(&[
            (
                "i just want to sleep and not have to deal with any of it ever again",
                RiskKind::Suicide,
            ),
            (
                "if i don't get the job i'm done | i'll end it",
                RiskKind::Suicide,
            ),
            ("i've been practising tying knots", RiskKind::Suicide),
            ("i'm ready to check out", RiskKind::Suicide),
            ("i'm only still here because of my cat", RiskKind::Suicide),
            (
                "i've got a box of blades hidden under my bed",
                RiskKind::SelfHarm,
            ),
            (
                "i'm homeless and sleeping in a doorway",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i'm ready to check out of this hotel",
            "honestly i'm only here for the free biscuits",
            "if she's late again i'll kill her lol",
        ]);
    }

    #[test]
    fn not_coming_home_not_coming_up_and_being_followed() {
        assert_flags(&[
            (
                "i sat in the car thinking nobody would notice if i never came home",
                RiskKind::Suicide,
            ),
            (
                "i stayed under the water as long as i could and part of me didn't want to come up",
                RiskKind::Suicide,
            ),
            (
                "a man followed me from the station to my front door",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_eq!(
            screen_lexicon_only("i didn't want to come up to the office on a saturday"),
            None
        );
    }

    #[test]
    fn forced_marriage_neglect_and_withheld_money() {
        assert_flags(&[
            (
                "my family are making me marry someone i don't want to",
                RiskKind::AbuseDanger,
            ),
            (
                "my husband won't give me any money | not even for food",
                RiskKind::AbuseDanger,
            ),
            (
                "my carer shouts at me and leaves me without food",
                RiskKind::AbuseDanger,
            ),
            (
                "my girlfriend threw boiling water at me",
                RiskKind::AbuseDanger,
            ),
            ("i'm going to burn his car", RiskKind::HarmOthers),
            (
                "my dad said he'll kill me if he finds out i'm gay",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_eq!(
            screen_lexicon_only("my dad said he'll kill me if i scratch his car again"),
            None
        );
    }

    #[test]
    fn passive_wishes_and_everyday_goodbyes() {
        for text in [
            "i keep hoping i'll get cancer so it's over",
            "if i got run over tomorrow it'd honestly be a relief",
            "nobody would miss me in this world",
            "goodbye everyone | thanks for trying",
        ] {
            assert_eq!(screen_lexicon_only(text), Some(RiskKind::Suicide), "{text}");
        }
        assert_clear(&[
            "no one would miss me at the meeting",
            "goodbye everyone | see you next week",
        ]);
    }

    #[test]
    fn not_coming_back_a_plan_by_its_means_and_a_long_time_since() {
        for text in [
            "i'm going to the cliffs tomorrow and i'm not coming back",
            "my plan is pills and whisky on friday",
            "i feel like giving up for good",
            "been googling how long it takes to bleed out",
        ] {
            assert_eq!(screen_lexicon_only(text), Some(RiskKind::Suicide), "{text}");
        }
        assert_clear(&[
            "been googling how long it takes to boil an egg",
            "i self harmed as a teenager but haven't for ten years",
        ]);
    }

    #[test]
    fn more_from_long_entries() {
        assert_flags(&[
            (
                "most nights i wish i could just switch myself off for good",
                RiskKind::Suicide,
            ),
            (
                "i keep thinking about what i'd do to him",
                RiskKind::HarmOthers,
            ),
            (
                "he only gets rough when he's been drinking",
                RiskKind::AbuseDanger,
            ),
            (
                "i took some of my mum's pills | quite a few",
                RiskKind::Overdose,
            ),
            (
                "i keep pressing on my bruises to make them hurt more",
                RiskKind::SelfHarm,
            ),
        ]);
        assert_clear(&["stood on the bridge on the way back watching the boats"]);
    }

    #[test]
    fn everyday_mishaps_and_sayings_are_not_risk() {
        for text in [
            "i cut my hand opening a tin",
            "i hit my head on the cupboard door",
            "this exam is going to kill me",
            "i want to kill this anxiety for good",
            "let's end the day on a good note",
            "i'm off to bridge club tonight",
            "i take ibuprofen for my knee",
            "my manager threatened to give me a written warning",
            "i wish the worry would die down",
            "i'm better off without him",
            "i nearly killed myself laughing",
            "my time is up on this contract",
            "i said goodbye to my colleagues when i left",
            "i'm worried about my mate who self harms",
            "my friend told me she's been self harming",
            "i used to self harm but i stopped years ago",
            "i keep beating myself up about it",
            "i had chest pains and thought i was dying",
            "i'm going to end my gym membership",
            "i stepped off the train and felt sick",
        ] {
            assert_eq!(screen(text), None, "{text}");
        }
        // A mishap is not one when it was done on purpose.
        assert_eq!(
            screen("i burned my arm with a lighter on purpose"),
            Some(RiskKind::SelfHarm)
        );
        // Not an everyday mishap: a wall, till it bled.
        assert_eq!(
            screen("i hit my head on the wall till it bled"),
            Some(RiskKind::SelfHarm)
        );
    }

    #[test]
    fn commanding_voices_are_read_as_the_wish_they_command() {
        assert_flags(&[
            ("the voices keep telling me to end it", RiskKind::Suicide),
            (
                "a voice in my head says i should jump off the bridge",
                RiskKind::Suicide,
            ),
            (
                "my head keeps telling me to hurt myself",
                RiskKind::SelfHarm,
            ),
            ("the voices tell me to stab my mum", RiskKind::HarmOthers),
        ]);
        assert_clear(&[
            "the voices never tell me to hurt myself",
            "my head keeps telling me to go for a run",
        ]);
    }

    #[test]
    fn neglect_following_and_worthlessness_said_plainly() {
        assert_flags(&[
            (
                "there's no food in the house and mum hasn't been back for three days",
                RiskKind::AbuseDanger,
            ),
            (
                "a man from the gym keeps following me home",
                RiskKind::AbuseDanger,
            ),
            ("i don't see the point of me", RiskKind::Suicide),
            ("i'm a waste of oxygen", RiskKind::Suicide),
            (
                "i just want to go to sleep and stay asleep",
                RiskKind::Suicide,
            ),
            (
                "i wish the cancer had taken me instead of her",
                RiskKind::Suicide,
            ),
            (
                "since my wife passed i have no wish to carry on",
                RiskKind::Suicide,
            ),
            (
                "i asked my brother to look after my cat if something happens to me",
                RiskKind::Suicide,
            ),
            (
                "they'd have a better life with a mum who isn't broken",
                RiskKind::Suicide,
            ),
            (
                "last night i stood outside his door with a hammer",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&[
            "no reason to stay in tonight so we're going out",
            "would anyone even notice if i changed my hair",
            "going to take myself out for lunch",
            "my boss is going to kill me when he sees this mess",
            "no reason to go on holiday this year",
            "i asked my brother to look after my cat while i'm on holiday",
        ]);
    }

    #[test]
    fn a_hyperbole_said_to_be_meant_is_not_blanked() {
        assert_clear(&[
            "i could wring his neck",
            "i'm thinking about how i'd do the presentation differently",
        ]);
        assert_flags(&[
            (
                "i want to wring his neck | and i mean it",
                RiskKind::HarmOthers,
            ),
            (
                "i burned my hand on the oven | on purpose",
                RiskKind::SelfHarm,
            ),
            (
                "i've got a list of people who've wronged me and what i'd do to them",
                RiskKind::HarmOthers,
            ),
            ("been clawing at my face in the night", RiskKind::SelfHarm),
            (
                "i keep thinking i'll get in the bath and not get out",
                RiskKind::Suicide,
            ),
        ]);
    }

    #[test]
    fn a_drop_measured_fumes_and_an_end_said_to_be_quick() {
        assert_flags(&[
            ("i looked up how high the car park is", RiskKind::Suicide),
            (
                "my head keeps saying just do it | it'd be over in seconds",
                RiskKind::Suicide,
            ),
            (
                "i've been sitting in the garage with the engine running",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i looked up how much the car park costs",
            "the exam will be over quickly",
            "my friend is a nurse and told me about an overdose patient she looked after",
            "i said my goodbyes at the leaving do and had a cry in the car",
        ]);
    }

    #[test]
    fn a_ligature_a_fast_train_and_medicine_taken_as_usual() {
        assert_flags(&[
            (
                "last night i stood on a chair with my dressing gown belt and then got down",
                RiskKind::Suicide,
            ),
            (
                "i went to the station today and waited for a fast train",
                RiskKind::Suicide,
            ),
            (
                "the railway line behind our estate and how quick it would be",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i put a scarf round my neck because it was cold",
            "i've just taken my sertraline",
            "i waited for the fast train to london",
        ]);
    }

    #[test]
    fn exploitation_and_a_target_with_a_word_before_it() {
        assert_flags(&[
            (
                "these lads make me sell stuff for them and i can't get out",
                RiskKind::AbuseDanger,
            ),
            (
                "i keep wanting to hurt my little sister",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&["my little sister is so annoying but i love her"]);
    }

    #[test]
    fn a_no_said_is_not_a_denial() {
        assert_flags(&[
            (
                "he shouts if i say no and last week he pushed me",
                RiskKind::AbuseDanger,
            ),
            ("i've been stockpiling my morphine", RiskKind::Overdose),
            ("i'd rather go on my own terms | soon", RiskKind::Suicide),
            (
                "last night i held the pillow over her face for a second",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&["he never pushed me", "no he didn't hit me"]);
    }

    #[test]
    fn ending_it_now_is_no_conversation_ended() {
        // "end it now" was blanked as a way of ending a chat.
        assert_flags(&[
            ("i'm going to end it now", RiskKind::Suicide),
            ("i want to end it now", RiskKind::Suicide),
            ("i will end it here", RiskKind::Suicide),
            ("i am ending it", RiskKind::Suicide),
            (
                "if things don't get better by friday i'm ending it",
                RiskKind::Suicide,
            ),
            ("end it now", RiskKind::Suicide),
            ("this is goodbye", RiskKind::Suicide),
            ("i'll be gone by morning", RiskKind::Suicide),
            ("it ends tonight", RiskKind::Suicide),
            ("i'm a burden", RiskKind::Suicide),
            (
                "my plan is to do it when my partner is at work",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "let's end it there for today",
            "i think i'll end it here for today | bye",
            "this is goodbye to my old job",
            "the film ends tonight",
            "i feel like a burden when i ask for help at work",
        ]);
    }

    #[test]
    fn topping_oneself_and_jumping_said_plainly() {
        assert_flags(&[
            ("i want to top myself", RiskKind::Suicide),
            (
                "he topped himself and i'm going to top myself too",
                RiskKind::Suicide,
            ),
            ("i need to end it", RiskKind::Suicide),
            ("i'll end it after work", RiskKind::Suicide),
            ("i want to jump right now", RiskKind::Suicide),
        ]);
        assert_clear(&[
            "i need to top myself up with coffee",
            "i want to jump in the pool",
            "i need to end it with him",
        ]);
    }

    /// Every plain statement of intent, in every tense and with every time word, is
    /// flagged: an idiom for ending a chat once swallowed "i want to end it now".
    #[test]
    fn every_plain_statement_of_intent_is_flagged() {
        let subjects = [
            "i'm going to",
            "i want to",
            "i'll",
            "i'm gonna",
            "i need to",
            "i might",
        ];
        let acts = [
            "kill myself",
            "end it",
            "end it all",
            "end my life",
            "take my life",
            "hang myself",
            "overdose",
            "take all my pills",
            "cut myself",
            "hurt myself",
            "slit my wrists",
            "top myself",
            "end things",
            "kill him",
            "hurt her",
            "stab him",
            "do myself in",
            "off myself",
            "string myself up",
            "blow my brains out",
            "put a bullet in my head",
            "suffocate myself",
            "finish myself off",
            "gas myself",
            "drown myself",
            "shoot myself",
            "unalive myself",
        ];
        let times = [
            "",
            " now",
            " tonight",
            " today",
            " here",
            " there",
            " soon",
            " again",
            " for good",
            " this time",
            " once and for all",
            " right now",
            " later",
            " after work",
            " this weekend",
        ];
        for subject in subjects {
            for act in acts {
                for time in times {
                    let text = format!("{subject} {act}{time}");
                    assert!(screen(&text).is_some(), "{text}");
                }
            }
        }
    }

    #[test]
    fn an_idiom_quiets_the_backstop_only_in_its_own_clause() {
        // Alone, the backstop would flag the plans in "going to ... tonight".
        assert_eq!(screen("i'm going to the bridge club tonight"), None);
        // Another clause is still read by the backstop.
        assert!(screen(
            "work is killing me. i keep thinking the kids would be better off if someone else raised them"
        )
        .is_some());
    }

    #[test]
    fn means_safety_harm_to_the_body_control_and_debts() {
        assert_flags(&[
            ("i've got a plan and the stuff to do it", RiskKind::Suicide),
            ("i've got everything i need to do it", RiskKind::Suicide),
            ("i can't promise i'll be safe tonight", RiskKind::Suicide),
            ("i don't think i can keep myself safe", RiskKind::Suicide),
            ("wish i could just unexist", RiskKind::Suicide),
            (
                "i've been standing at the platform edge letting the trains go past",
                RiskKind::Suicide,
            ),
            (
                "held my hand under the hot tap until it blistered",
                RiskKind::SelfHarm,
            ),
            ("i bit my arm so hard it bled", RiskKind::SelfHarm),
            ("i don't deserve food", RiskKind::SelfHarm),
            (
                "i haven't eaten for three days on purpose",
                RiskKind::SelfHarm,
            ),
            (
                "had a bottle of wine and most of my diazepam",
                RiskKind::Overdose,
            ),
            (
                "took way more of my meds than i'm supposed to",
                RiskKind::Overdose,
            ),
            (
                "she smashes my phone so i can't call anyone",
                RiskKind::AbuseDanger,
            ),
            (
                "i owe money to some people and they've said what they'll do to me",
                RiskKind::AbuseDanger,
            ),
            (
                "the men i owe money to came to my door last night",
                RiskKind::AbuseDanger,
            ),
            (
                "my landlord keeps letting himself in and touching me",
                RiskKind::AbuseDanger,
            ),
            (
                "someone at work cornered me and put his hands on me",
                RiskKind::AbuseDanger,
            ),
            (
                "my son has been taking money out of my account",
                RiskKind::AbuseDanger,
            ),
            ("my brother keeps taking my benefits", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "i'm going to end this essay tonight no joke",
            "lol i'm dead dead",
            "i'm dead lol",
            "i'm being forced to do overtime and i'm knackered",
            "i've started researching how to do a budget properly",
            "i want to go to sleep and never wake up before 9 on a saturday",
            "i owe money to my sister and i've said i'll pay her back",
            "i took most of my holiday in august",
        ]);
    }

    #[test]
    fn means_known_to_be_enough_help_to_die_and_care_that_harms() {
        assert_flags(&[
            (
                "i walk the dog along the cliff path and each time i think one step would do it",
                RiskKind::Suicide,
            ),
            (
                "i've got the insulin and i know how much would do it",
                RiskKind::Suicide,
            ),
            (
                "i have asked the doctor to help me go and he won't",
                RiskKind::Suicide,
            ),
            (
                "my mate killed himself last year and lately i think i'll go the same way",
                RiskKind::Suicide,
            ),
            (
                "i wrote to my daughter to tell her where the will is and that i'm sorry",
                RiskKind::Suicide,
            ),
            (
                "i looked at the knife block for a long time tonight",
                RiskKind::Suicide,
            ),
            ("thinking of driving to beachy head", RiskKind::Suicide),
            (
                "i'm going to swim out until i can't swim back",
                RiskKind::Suicide,
            ),
            (
                "i keep thinking about putting something in his tea to be rid of him",
                RiskKind::HarmOthers,
            ),
            ("sometimes i want to shake her", RiskKind::HarmOthers),
            (
                "the carers leave me in a wet bed all night",
                RiskKind::AbuseDanger,
            ),
            ("he won't let me use the phone", RiskKind::AbuseDanger),
            (
                "i've been kicked out and i'm sofa surfing with people i don't know",
                RiskKind::AbuseDanger,
            ),
            ("last night he spat in my face", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "i bought a new knife block",
            "my friend will help me go to the shops",
            "i took my husband's sleeping tablets back to the chemist after he died",
            "i'm going to swim out to the buoy and back",
            "i wrote to my daughter to say happy birthday",
        ]);
    }

    #[test]
    fn a_denial_denied_or_taken_back_is_said() {
        assert_flags(&[
            (
                "i can't say i'm not thinking about ending it",
                RiskKind::Suicide,
            ),
            ("i won't pretend i don't want to die", RiskKind::Suicide),
            (
                "i don't cut as much as i used to but i did last night",
                RiskKind::SelfHarm,
            ),
            (
                "i don't want to hurt him but i think i will",
                RiskKind::HarmOthers,
            ),
            (
                "i don't want to die but i think i'm going to do it",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i can't say i'm not nervous about the interview",
            "i don't want to die but i think i will get through this",
            "i don't want to hurt him but i will tell him how i feel",
            "i'm not suicidal and i won't pretend i am",
        ]);
    }

    #[test]
    fn risk_said_after_a_past_that_was_resolved_is_current() {
        assert_flags(&[(
            "i used to cut when i was 15 and i stopped | that's not the problem now | the problem is that i want to die",
            RiskKind::Suicide,
        )]);
        assert_clear(&[
            "i used to cut when i was 15 and i stopped | it's work stress now",
            "i self harmed at uni but i'm fine now | i also took an overdose at school",
        ]);
    }

    #[test]
    fn fire_grooming_secrets_shared_images_and_being_followed() {
        assert_flags(&[
            (
                "i want to set his car on fire while he's in it",
                RiskKind::HarmOthers,
            ),
            (
                "my teacher keeps messaging me on snapchat and told me to delete them",
                RiskKind::AbuseDanger,
            ),
            (
                "someone made a fake account of me and is sharing my nudes",
                RiskKind::AbuseDanger,
            ),
            (
                "there's a man at the bus stop who follows me every morning",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "my son pushed me too far today and i shouted | then we made up",
            "my mum keeps sharing my photos on facebook",
            "the bus that follows mine is always late",
        ]);
    }

    #[test]
    fn an_ultimatum_on_life() {
        assert_flags(&[
            ("if tomorrow is like today i'm done", RiskKind::Suicide),
            ("if nothing changes i'm done", RiskKind::Suicide),
        ]);
        assert_clear(&[
            "if tomorrow is sunny i'm done with revision",
            "if things go well at work i'll be out by 5",
        ]);
    }

    #[test]
    fn a_frank_not_vouches_for_what_follows() {
        assert_flags(&[
            (
                "not going to lie thinking about ending it",
                RiskKind::Suicide,
            ),
            ("i'm not joking i want to kill myself", RiskKind::Suicide),
            (
                "no word of a lie i've been cutting again",
                RiskKind::SelfHarm,
            ),
            ("not being funny but i want to die", RiskKind::Suicide),
        ]);
        assert_clear(&[
            "i'm not lying awake thinking about ending it anymore",
            "not going to lie the exam was hard",
            "i'm not joking about the traffic",
        ]);
    }

    #[test]
    fn preparations_a_date_kept_secret_and_farewells() {
        assert_flags(&[
            (
                "been paying off what i owe so nobody's left with a mess",
                RiskKind::Suicide,
            ),
            (
                "i've written everyone a message | they're in my drafts",
                RiskKind::Suicide,
            ),
            (
                "what she doesn't know is i've picked a date |",
                RiskKind::Suicide,
            ),
            (
                "this is my last week | i just wanted to say thanks for trying",
                RiskKind::Suicide,
            ),
            (
                "the train line is 5 mins from my flat and i think about it every day",
                RiskKind::Suicide,
            ),
            (
                "i miss her so much i just want to be with her | wherever she is",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "been paying off my credit card so i can save for a holiday",
            "i've written everyone a christmas card",
            "we've picked a date for the wedding",
            "this is my last week at work | thanks for everything",
            "the train line is 5 mins from my flat which is handy",
            "looked up the tallest building in the world with my son",
        ]);
    }

    #[test]
    fn harm_going_on_now_and_injuries_kept_open() {
        assert_flags(&[
            ("he's hitting me again", RiskKind::AbuseDanger),
            ("my dad's been hurting me", RiskKind::AbuseDanger),
            ("relapsed on sh", RiskKind::SelfHarm),
            (
                "i keep pressing on the bruises i made so they don't fade",
                RiskKind::SelfHarm,
            ),
            (
                "took my evening meds and then another lot | now i can't remember how many i had",
                RiskKind::Overdose,
            ),
        ]);
        assert_clear(&[
            "he's been pushing me to apply for jobs",
            "had a few drinks and can't remember how many",
            "my stepdad comes into my room at night to turn my music down",
            "nearly drove into a wall on the motorway when a lorry cut me up",
            "i bang my head on that low beam every time",
            "what's the point in me even going",
            "nobody would care if i left early",
        ]);
    }

    #[test]
    fn fear_of_death_and_harm_is_not_a_wish_but_welcoming_it_is() {
        assert_flags(&[
            ("i wouldn't mind if the plane went down", RiskKind::Suicide),
            (
                "if i got ill i just wouldn't get it treated",
                RiskKind::Suicide,
            ),
            (
                "if the test comes back bad i'm not sticking around for it",
                RiskKind::Suicide,
            ),
            (
                "next time he speaks to me like that i'll put him in hospital",
                RiskKind::HarmOthers,
            ),
            (
                "i took extra propranolol because my heart was racing and now i feel faint",
                RiskKind::Overdose,
            ),
            (
                "i get intrusive thoughts about hurting my baby and they horrify me | i'd never do it | but i want to die",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "the thought of dying makes me panic",
            "i keep worrying i've hit someone when i drive so i go back and check",
            "i get intrusive thoughts about hurting my baby and they horrify me | i'd never do it",
            "i dig my nails into my palm to ground myself | it doesn't hurt",
            "i pinch my arm gently to stop myself drifting off in meetings",
            "i took my propranolol before the presentation and felt fine",
            "i wouldn't mind if the train was late",
        ]);
    }

    #[test]
    fn answers_to_the_guides_questions_that_are_the_risk() {
        assert_flags(&[
            (
                "what am i looking forward to ? it all being over",
                RiskKind::Suicide,
            ),
            (
                "the thing that would help most is not waking up",
                RiskKind::Suicide,
            ),
            (
                "i'd tell a friend to keep going but i don't think i will",
                RiskKind::Suicide,
            ),
            (
                "my safe place is the bottom of the river",
                RiskKind::Suicide,
            ),
            (
                "i don't need a plan for next week | i won't need one",
                RiskKind::Suicide,
            ),
            (
                "what gives my life meaning ? nothing | that's why i'm leaving it",
                RiskKind::Suicide,
            ),
            (
                "coping strategy this week was cutting | it's the only one that works",
                RiskKind::SelfHarm,
            ),
            ("i burned my arm with a lighter", RiskKind::SelfHarm),
        ]);
        assert_clear(&[
            "any plans for the weekend ? yeah | saying goodbye to my cousin who's moving to australia",
            "the best bit of the holiday is not waking up to an alarm",
            "i'd tell a friend to keep going and i think i will too",
            "my safe place is the beach where we went as kids",
            "i don't need a plan for next week | it's half term",
            "i'm afraid i'll choke on my food so i only eat soft things",
            "i burnt my neck doing my hair",
            "i want to go to sleep and not wake up until the weekend | i'm so tired",
            "i'm too scared to go back to the gym | everyone looks so fit",
        ]);
    }

    #[test]
    fn living_on_as_the_worst_case_and_medicines_by_name() {
        assert_flags(&[
            (
                "worst that could happen ? i survive this and have to keep going",
                RiskKind::Suicide,
            ),
            (
                "who could i talk to ? no one | and soon it won't matter",
                RiskKind::Suicide,
            ),
            (
                "how do i feel about next week ? i don't plan to see it",
                RiskKind::Suicide,
            ),
            (
                "what would i do differently ? i'd not have been born",
                RiskKind::Suicide,
            ),
            (
                "what's kept me going so far ? my dog | and he died on tuesday | so nothing now",
                RiskKind::Suicide,
            ),
            (
                "what helped today: the blade | like always",
                RiskKind::SelfHarm,
            ),
            (
                "what did i notice ? the relief after i cut",
                RiskKind::SelfHarm,
            ),
            (
                "what did i do after the panic ? took 12 of my propranolol",
                RiskKind::Overdose,
            ),
            ("i've been saving up my zopiclone", RiskKind::Overdose),
        ]);
        assert_clear(&[
            "worst that could happen ? i fail and have to resit it",
            "in a year none of this will matter",
            "what's kept me going so far ? my dog | and my mum's support",
            "what did i notice ? the relief after i cut the grass",
            "i took my propranolol before the presentation",
        ]);
    }

    #[test]
    fn going_away_stepping_down_and_burning_old_letters_are_not_risk() {
        assert_clear(&[
            "part of me wants to just disappear off to cornwall",
            "i keep thinking about stepping down from the committee",
            "there's no way out of this contract",
            "i want to burn these old letters from my ex",
        ]);
        assert_flags(&[
            (
                "part of me wants to just disappear for good",
                RiskKind::Suicide,
            ),
            ("there's no way out except dying", RiskKind::Suicide),
        ]);
    }

    #[test]
    fn a_way_out_taken_days_counted_down_and_water_nearly_walked_into() {
        assert_flags(&[
            ("i've found a way out and i'm taking it", RiskKind::Suicide),
            ("i'm just counting down the days now", RiskKind::Suicide),
            ("my family will be free of me soon", RiskKind::Suicide),
            ("not going to be around to do week 3", RiskKind::Suicide),
            (
                "the sea looked so inviting tonight | i nearly walked in",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i've found a way out of my overdraft and i'm taking it",
            "i'm just counting down the days to my holiday",
            "my family will be free of the builders soon",
            "not going to be around for week 3 | i'm on holiday",
            "the sea looked so inviting today | i nearly went for a swim",
        ]);
    }

    #[test]
    fn control_silencing_threats_neglect_and_sex_without_consent() {
        assert_flags(&[
            (
                "i have to ask permission to see my own mum",
                RiskKind::AbuseDanger,
            ),
            (
                "she said if i tell anyone she'll hurt the dog",
                RiskKind::AbuseDanger,
            ),
            (
                "the kids are left on their own for days when mum's drinking",
                RiskKind::AbuseDanger,
            ),
            (
                "my boss said he'd sack me if i didn't sleep with him",
                RiskKind::AbuseDanger,
            ),
            (
                "i woke up and he was doing things to me i didn't agree to",
                RiskKind::AbuseDanger,
            ),
            ("he filmed me without my consent", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "i have to ask permission to take annual leave",
            "if i tell anyone about the party she'll kill me",
            "the kids were left alone for an hour while i nipped to the shop",
            "they used my data without my consent",
            "i didn't agree to the new contract",
        ]);
    }

    #[test]
    fn poison_drunk_symptoms_from_a_quantity_and_wounds_reopened() {
        assert_flags(&[
            ("i drank some bleach", RiskKind::Overdose),
            ("i've stored up enough tablets to do it", RiskKind::Overdose),
            ("i just took 30 ibuprofen", RiskKind::Overdose),
            (
                "i'm feeling really drowsy from all the pills i took earlier",
                RiskKind::Overdose,
            ),
            ("i keep reopening the wounds on my leg", RiskKind::SelfHarm),
        ]);
        assert_clear(&[
            "i scrubbed the bath with bleach",
            "i just took 2 ibuprofen",
            "took 2 paracetamol for my headache",
            "i'm feeling really drowsy from the hay fever tablet",
            "i keep reopening old arguments with my sister",
        ]);
    }

    #[test]
    fn young_peoples_words_for_life_harm_and_bullying() {
        assert_flags(&[
            (
                "life's not for me to be honest | i'm out",
                RiskKind::Suicide,
            ),
            (
                "i swear i'll stab the next person who laughs at me",
                RiskKind::HarmOthers,
            ),
            (
                "they pushed my head down the toilet at school again",
                RiskKind::AbuseDanger,
            ),
            (
                "i'm scared to go home cos my stepdad will batter me",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "maths is not for me to be honest | i'm out",
            "i swear i'll scream if the next person asks about my grades",
            "i'm scared to go home cos my report card is bad",
        ]);
    }

    #[test]
    fn older_peoples_words_for_wanting_the_end() {
        assert_flags(&[
            (
                "i've told the doctor i don't want to be resuscitated | and truthfully i'd rather it happened sooner than later",
                RiskKind::Suicide,
            ),
            (
                "it would be a kindness to everyone if i went to sleep and that was that",
                RiskKind::Suicide,
            ),
            (
                "i've looked into dignitas but i can't afford it so i'll have to find another way",
                RiskKind::Suicide,
            ),
            (
                "i keep my late husband's shotgun in the loft and i think about using it",
                RiskKind::Suicide,
            ),
            ("i've written a note", RiskKind::Suicide),
            ("am going to do myself in", RiskKind::Suicide),
            ("ma dad hits me when he's steaming", RiskKind::AbuseDanger),
            ("me fella leathers me when he's had a drink", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "i've told the doctor i don't want to be resuscitated if my heart stops",
            "i keep my late husband's medals in the loft and i think about him a lot",
            "i picked up the kitchen knife and thought about using it to open the parcel",
            "i've written a note of my worries",
            "i've done myself in at the gym",
        ]);
    }

    #[test]
    fn kept_alive_by_one_thing_worth_more_dead_and_out_for_good() {
        assert_flags(&[
            (
                "if it wasn't for my dog i'd have gone already",
                RiskKind::Suicide,
            ),
            (
                "if it wasn't for my kids i wouldn't be here",
                RiskKind::Suicide,
            ),
            (
                "the kids would get my life insurance | that'd help them more than i do",
                RiskKind::Suicide,
            ),
            (
                "i keep thinking about the lake near us and how cold and quiet it would be",
                RiskKind::Suicide,
            ),
            (
                "i want to fall asleep and not have to do tomorrow or any day after",
                RiskKind::Suicide,
            ),
            (
                "thinking about how to make it look like an accident",
                RiskKind::Suicide,
            ),
            ("i want out | permanently", RiskKind::Suicide),
            (
                "what i did to cope | drove to the cliffs and sat at the edge",
                RiskKind::Suicide,
            ),
            (
                "i looked at train times for the fast ones that don't stop at our station",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "if it wasn't for my dog i'd never leave the house",
            "if it wasn't for my sister i'd have gone home early",
            "i need to sort out my life insurance",
            "i keep thinking about the lake near us and how lovely it is in the morning",
            "i want to fall asleep and not have to do tomorrow's meeting",
            "make it look like new",
            "i want out of this group chat",
            "we walked along the cliffs and sat at the edge of the beach for lunch",
            "i checked the train times for the fast ones to london",
        ]);
    }

    #[test]
    fn hiding_marks_taking_the_lot_and_weapons_taken_round() {
        assert_flags(&[
            ("had a bad night with the blade", RiskKind::SelfHarm),
            (
                "wearing long sleeves in this heat so no one sees",
                RiskKind::SelfHarm,
            ),
            ("swallowed the lot", RiskKind::Overdose),
            ("just took a shit ton of paracetamol", RiskKind::Overdose),
            (
                "took some paracetamol | then some more | then some more | not sure how many",
                RiskKind::Overdose,
            ),
            (
                "i just kept taking them until the packet was empty",
                RiskKind::Overdose,
            ),
            (
                "going round there with a knife tonight",
                RiskKind::HarmOthers,
            ),
            ("taking a knife to school tomorrow", RiskKind::HarmOthers),
        ]);
        assert_clear(&[
            "had a bad night with the baby",
            "wearing long sleeves in this heat because i forgot to pack t-shirts",
            "swallowed my pride",
            "took a shit ton of notes",
            "i need to take my tablets but i'm not sure how many",
            "going round there with a cake tonight",
        ]);
    }

    #[test]
    fn neglect_barred_doors_coercion_and_hitting_us() {
        assert_flags(&[
            (
                "mum hits us with the belt when we're bad",
                RiskKind::AbuseDanger,
            ),
            (
                "my step mum makes me sleep in the shed when i've been bad",
                RiskKind::AbuseDanger,
            ),
            (
                "she doesn't feed me till the next day",
                RiskKind::AbuseDanger,
            ),
            (
                "sleeping with a chair against the door because of my dad",
                RiskKind::AbuseDanger,
            ),
            (
                "my brother's mate made me do stuff i didn't want to",
                RiskKind::AbuseDanger,
            ),
            (
                "the landlord said he'd knock the rent off if i was nice to him",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "mum used to tell us off when we were bad",
            "my step mum makes me tidy my room when it's a mess",
            "i put a chair against the door because it won't stay shut",
            "my brother's mate made me laugh so much",
            "the landlord said he'd fix the boiler if i was in on tuesday",
        ]);
    }

    #[test]
    fn futile_effort_emotional_hurt_and_near_misses_are_not_risk() {
        assert_clear(&[
            "banging my head against a brick wall with this job",
            "i want him to understand how much he hurt me",
            "nearly got hit by a lorry on the way home | gave me a fright",
            "automatic thought | i can't go on stage like this",
            "scared to go home in the dark",
        ]);
        assert_flags(&[
            (
                "hit my head against the wall till it went quiet",
                RiskKind::SelfHarm,
            ),
            ("i'm scared to go home | he's drunk", RiskKind::AbuseDanger),
            ("i can't go on like this", RiskKind::Suicide),
        ]);
    }

    #[test]
    fn answers_to_the_exercises_that_say_the_end() {
        assert_flags(&[
            (
                "dear me | you've tried your best and it's ok to stop now | you can rest soon",
                RiskKind::Suicide,
            ),
            (
                "i'm the problem and i'm going to fix it by going",
                RiskKind::Suicide,
            ),
            (
                "a pleasant activity i could plan | a last walk by the sea",
                RiskKind::Suicide,
            ),
            (
                "stand near the platform edge | i did it and i wanted to keep going | over the edge",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "dear me | you've tried your best and it's ok to rest now | you've earned a break",
            "i'm going to fix it by going to the council",
            "a pleasant activity i could plan | a long walk by the sea",
            "my last walk by the sea before we move was lovely",
            "i wanted to keep going with the exposure",
        ]);
    }

    #[test]
    fn control_money_neglect_and_being_waited_for() {
        assert_flags(&[
            (
                "my boyfriend put a tracker on my phone and goes mental if i'm late",
                RiskKind::AbuseDanger,
            ),
            (
                "i have to hand over my wages every friday or there's trouble",
                RiskKind::AbuseDanger,
            ),
            (
                "my carer shouts at me and leaves me in my chair all day",
                RiskKind::AbuseDanger,
            ),
            (
                "i got locked out in the garden all night in the rain",
                RiskKind::AbuseDanger,
            ),
            (
                "he sent my photos to my whole class after i broke up with him",
                RiskKind::AbuseDanger,
            ),
            (
                "a man at the gym keeps waiting by my car",
                RiskKind::AbuseDanger,
            ),
            (
                "he made me cut everyone off and checks where i go",
                RiskKind::AbuseDanger,
            ),
            (
                "a lock on my door so my step brother can't get in at night",
                RiskKind::AbuseDanger,
            ),
            (
                "he says if i go to the police he'll take the kids and i'll never see them again",
                RiskKind::AbuseDanger,
            ),
            (
                "i'm going to make my sister pay for what she said",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&[
            "he says if i go to the gym he'll take the kids to the park",
            "my boyfriend put an app on my phone so we can share our calendars",
            "i have to hand in my timesheet every friday or payroll moans",
            "my carer helps me into my chair every morning",
            "i got locked out of the house and had to wait for my wife",
            "he sent my photos to the whole family group chat | the holiday ones",
            "a man at the gym keeps asking to share the bench",
            "a lock on my door so the cat can't get in at night",
            "i'll make my dad pay for the taxi",
        ]);
    }

    #[test]
    fn a_plan_with_a_day_and_everyday_hanging_and_pushing() {
        assert_flags(&[
            ("i have a plan and i've picked the day", RiskKind::Suicide),
            ("i've looked up how to hang myself", RiskKind::Suicide),
            (
                "he pushed me down the stairs and i'm scared he'll do it again",
                RiskKind::AbuseDanger,
            ),
            (
                "i'm scared to go home | my dad said he'd kill me",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i have a plan for my exposure and i've picked the day",
            "i've looked up how to hang shelves",
            "he pushed me to go for the promotion",
            "i'm scared to go home because the house is a mess",
        ]);
    }

    #[test]
    fn short_answers_to_the_guides_questions_that_carry_risk() {
        assert_flags(&[
            (
                "no | he won't let me out of the house",
                RiskKind::AbuseDanger,
            ),
            (
                "none of them | i'm done with all of it for good",
                RiskKind::Suicide,
            ),
            (
                "5 10 but only because i know it'll be over soon | i've decided",
                RiskKind::Suicide,
            ),
            (
                "i've got a hosepipe for the exhaust in the boot",
                RiskKind::Suicide,
            ),
            ("sort of | i cut after but it helped", RiskKind::SelfHarm),
            ("i won't be here next week", RiskKind::Suicide),
        ]);
        assert_clear(&[
            "no | he won't let me out of his sight at the festival | it's sweet",
            "none of them | i'm done with all of it for today",
            "5 10 but only because i know it'll be over soon | the exam is friday",
            "yes | i also bought a hosepipe for the garden",
            "sort of | i cut my hair after and it helped",
            "no | what's the point | i won't be here next week | i'm on holiday",
        ]);
    }

    #[test]
    fn driving_off_the_road_thought_of_and_a_coffee_grabbed() {
        assert_flags(&[
            (
                "i think about driving off the road most mornings",
                RiskKind::Suicide,
            ),
            ("i've written down who gets what", RiskKind::Suicide),
            ("he grabbed me by the throat", RiskKind::AbuseDanger),
        ]);
        assert_clear(&[
            "i think about driving to work instead of the train most mornings",
            "my sister's husband grabbed me a coffee",
            "i've written down who gets what for secret santa",
        ]);
    }
    #[test]
    fn affairs_in_order_a_last_session_and_the_dead_joined() {
        assert_flags(&[
            (
                "i've sorted out my will and the cat's going to my sister",
                RiskKind::Suicide,
            ),
            (
                "i've worked out which tablets and how many",
                RiskKind::Suicide,
            ),
            (
                "my plan for next week is not to have a next week",
                RiskKind::Suicide,
            ),
            ("i think this is my last session", RiskKind::Suicide),
            (
                "i'm tired | properly tired | the kind sleep doesn't fix | i want to stop",
                RiskKind::Suicide,
            ),
            ("i'm ready to call it a day | for good", RiskKind::Suicide),
            (
                "it would be so easy to just let go of the steering wheel on the motorway",
                RiskKind::Suicide,
            ),
            (
                "i want to go to sleep and let the cold take me",
                RiskKind::Suicide,
            ),
            (
                "i think it's time i went to join my wife",
                RiskKind::Suicide,
            ),
            (
                "i've had a good innings | i'm ready to go now and i'd help it along if i could",
                RiskKind::Suicide,
            ),
            ("i just want to disappear for good", RiskKind::Suicide),
            (
                "i've got the tablets lined up on the side and i'm trying to decide",
                RiskKind::Suicide,
            ),
            (
                "i've stopped taking my heart tablets on purpose",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i've sorted out my will now i've got a mortgage",
            "my plan for next week is to rest",
            "this will be my last session before the holidays",
            "i think this is my last week at this job",
            "i'm ready to call it a day at work",
            "i let go of the steering wheel for a second when a wasp flew in",
            "i want to go to sleep and let the week wash over me",
            "i've had a good innings at work | i'm ready to retire",
            "i want to disappear under my duvet all weekend",
            "i stopped taking my antibiotics because they made me sick",
            "i went up to the top of the tower on holiday",
            "when i'm gone on holiday the dog goes to my mum's",
            "i took the easy way out and bought a ready meal",
            "going to kill this workout",
            "i'm so dead right now",
        ]);
    }

    #[test]
    fn marks_again_punished_with_a_belt_and_insulin_doubled() {
        assert_flags(&[
            ("i've got fresh marks again", RiskKind::SelfHarm),
            ("my arms r a mess from last night", RiskKind::SelfHarm),
            (
                "i punish myself when i get things wrong | with my dad's old belt",
                RiskKind::SelfHarm,
            ),
            (
                "i pick at my skin until it bleeds and i don't want to stop",
                RiskKind::SelfHarm,
            ),
            (
                "i'm going to cut tonight i can't stop thinking about it",
                RiskKind::SelfHarm,
            ),
            (
                "i doubled up on my insulin to see what would happen",
                RiskKind::Overdose,
            ),
        ]);
        assert_clear(&[
            "i got fresh flowers for the table",
            "i'm hard on myself when i get things wrong",
            "i pick at my nails when i'm nervous",
            "i'm going to cut the grass tonight",
            "i forgot my insulin this morning and felt rough",
        ]);
    }

    #[test]
    fn abuse_hidden_watched_and_held_over_one() {
        assert_flags(&[
            (
                "i've got bruises but i told work i fell",
                RiskKind::AbuseDanger,
            ),
            (
                "the carer pinches me when nobody's looking",
                RiskKind::AbuseDanger,
            ),
            (
                "my ex posted private pictures of me online",
                RiskKind::AbuseDanger,
            ),
            (
                "he put an app on my phone so he knows where i am all the time",
                RiskKind::AbuseDanger,
            ),
            (
                "my husband says no one will believe me and he'll take the kids",
                RiskKind::AbuseDanger,
            ),
            (
                "my dad gets drunk and kicks off and i hide in the wardrobe",
                RiskKind::AbuseDanger,
            ),
            (
                "my landlord keeps letting himself in at night",
                RiskKind::AbuseDanger,
            ),
            (
                "he keeps me short of food if i don't do what he says",
                RiskKind::AbuseDanger,
            ),
            (
                "he counts the money i spend and punishes me if it's wrong",
                RiskKind::AbuseDanger,
            ),
            (
                "action | i'm going to go round with a hammer if he does it again tonight |",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&[
            "i fell down the stairs carrying washing | just a bruise",
            "we use an app to share our locations when we go hiking",
            "i hide in my room when i'm anxious",
            "my mum keeps sharing my photos on facebook",
            "i'm a bit short of money this month",
            "i'm going to go round and ask politely if he can turn it down",
        ]);
    }

    #[test]
    fn denials_taken_back_and_hedged() {
        assert_flags(&[
            (
                "i'm not saying i'd do it | but i've looked at how",
                RiskKind::Suicide,
            ),
            (
                "i'm not going to do anything stupid tonight | probably",
                RiskKind::Suicide,
            ),
            (
                "not suicidal as such | i've just stopped caring whether i wake up",
                RiskKind::Suicide,
            ),
            (
                "i'm fine | don't worry | i've made my decision and i feel calm about it",
                RiskKind::Suicide,
            ),
            (
                "no one needs to worry about me after friday",
                RiskKind::Suicide,
            ),
            (
                "i haven't done anything yet but i've got everything i need",
                RiskKind::Suicide,
            ),
            ("i didn't cut deep this time", RiskKind::SelfHarm),
            (
                "i didn't take that many | maybe 12 or so",
                RiskKind::Overdose,
            ),
            (
                "it wasn't a proper overdose | just half a packet of paracetamol",
                RiskKind::Overdose,
            ),
            (
                "he doesn't mean it when he chokes me | he's just stressed",
                RiskKind::AbuseDanger,
            ),
            (
                "lads at work don't know i've been planning my way out",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i'm not going to do anything stupid | i promise",
            "i don't think i'd ever kill myself",
            "i really don't think i want to die",
            "i've made my decision to leave my job and i feel calm about it",
            "i didn't take that many photos | maybe 20",
            "i can keep myself safe tonight",
            "the thoughts of killing myself have stopped since i started the meds",
            "he says i deserve a night off",
        ]);
        // Stopped is not eased: the urges are still there.
        assert_flags(&[("the urges to cut have gone down a bit", RiskKind::SelfHarm)]);
    }

    #[test]
    fn means_looked_at_edges_and_a_way_out() {
        assert_flags(&[
            (
                "i've been sat in the van by the reservoir for two hours thinking about it",
                RiskKind::Suicide,
            ),
            (
                "i've cleaned my shotgun and i keep looking at it",
                RiskKind::Suicide,
            ),
            (
                "sometimes i stand at the edge of the quarry and think one step",
                RiskKind::Suicide,
            ),
            (
                "my values | my kids | which is why they need me gone",
                RiskKind::Suicide,
            ),
            (
                "rate the urge | 10 | did you act on it ? yes | with a razor",
                RiskKind::SelfHarm,
            ),
            (
                "i'm going to do the bloke who owes me money | proper do him",
                RiskKind::HarmOthers,
            ),
            (
                "making him suffer like i have | i've got a plan",
                RiskKind::HarmOthers,
            ),
            (
                "someone on discord asked me to meet up and not tell anyone",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i sat in the van by the reservoir eating my lunch",
            "i've been planning my way out of debt",
            "i cleaned my fishing gear and went out on the lake",
            "rate the urge | 6 | did you act on it ? no | i waited and it passed",
            "i'll do him a favour and pick him up",
            "someone on discord asked me to join their minecraft server",
        ]);
    }

    #[test]
    fn scots_northern_and_irish_voices() {
        assert_flags(&[
            (
                &normalise("ah'm gonnae end it the night"),
                RiskKind::Suicide,
            ),
            (
                "honest to god i'm thinking of doing away with myself",
                RiskKind::Suicide,
            ),
            (&normalise("a swallied a load ae pills"), RiskKind::Overdose),
            ("took a rake of tablets earlier", RiskKind::Overdose),
            ("ma man batters me", RiskKind::AbuseDanger),
            (
                "me fella gives us a hiding when he's had a drink",
                RiskKind::AbuseDanger,
            ),
            (
                "my missus keeps lamping me and i can't tell no one",
                RiskKind::AbuseDanger,
            ),
            (
                "if the ivf fails again i'm done | i won't go on",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            &normalise("ah'm gonnae get a takeaway the night"),
            "i'll batter the chips myself tonight",
            "he took a hiding at darts | lost every game",
            "took a rake of photos at the wedding",
            "that i could lose my temper if my manager keeps pushing me",
            "my brother keeps beating me at chess",
            "i won't go on the trip | it's too expensive",
        ]);
    }

    #[test]
    fn food_drink_and_medicine_as_harm_and_as_a_way_out() {
        assert_flags(&[
            (
                "i've not eaten in four days | i don't deserve to",
                RiskKind::SelfHarm,
            ),
            (
                "i've been taking laxatives by the packet to feel empty",
                RiskKind::SelfHarm,
            ),
            (
                "i've been drinking more hoping my liver gives up",
                RiskKind::Suicide,
            ),
            (
                "if i keep not eating maybe i'll just fade away | that's the plan",
                RiskKind::Suicide,
            ),
            (
                "i'm not going to take my insulin any more | let it happen",
                RiskKind::Suicide,
            ),
            ("i've taken twice my methadone", RiskKind::Overdose),
        ]);
        assert_clear(&[
            "i've not been eating much because i've had a bug",
            "i've been taking laxatives because i'm constipated from the tablets",
            "i'm worried my liver is damaged from the drinking",
            "i had a glass of wine with my tablets | is that okay ?",
            "i'm scared of needles so i hate my insulin",
        ]);
    }

    #[test]
    fn flat_understatement_and_what_was_not_told() {
        assert_flags(&[
            ("i threw my son against the wall", RiskKind::HarmOthers),
            ("i've made arrangements", RiskKind::Suicide),
            (
                "wouldn't be the worst thing if my heart just stopped",
                RiskKind::Suicide,
            ),
            ("i've chosen the place", RiskKind::Suicide),
            ("i'm at the end of the road", RiskKind::Suicide),
            (
                "it's all sorted | the kids will go to my mum's after",
                RiskKind::Suicide,
            ),
            (
                "i have to be careful what i say at home or i pay for it",
                RiskKind::AbuseDanger,
            ),
            (
                "he's got a temper and i'm the one with the bruises",
                RiskKind::AbuseDanger,
            ),
            (
                "went to the gp about my back | didn't mention that my husband kicked me there",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i've made arrangements for the dog while we're away",
            "i've chosen the paint for the hallway",
            "feel like i'm at the end of the road with this car",
            "it's all sorted | the kids will go to my mum's after school",
            "i have to be careful what i eat or i pay for it with my stomach",
            "he's got a temper but he's never touched me",
            "i know how i'd do it if i had more time",
            "i'd just like to not exist at work for a while | so busy",
            "i never said i wanted to die",
            "i dragged my kids out of bed for school",
        ]);
    }

    #[test]
    fn questions_about_anyone_euphemisms_and_fillers() {
        assert_flags(&[
            // A question about anyone asks about the speaker.
            (
                "is it normal to wish you were dead most days",
                RiskKind::Suicide,
            ),
            (
                "what happens to your body when you hang yourself",
                RiskKind::Suicide,
            ),
            (
                "how do you cope when your partner hits you",
                RiskKind::AbuseDanger,
            ),
            // Being dead in other words.
            ("to be honest i'd rather be 6ft under", RiskKind::Suicide),
            ("some days i wish i was in my grave", RiskKind::Suicide),
            // Fillers at the end of a clause.
            ("popped a whole strip lol", RiskKind::Overdose),
            ("thinking about jumping honestly", RiskKind::Suicide),
            ("wish i could just sleep forever", RiskKind::Suicide),
            (
                "lol what if i just didn't wake up tomorrow that'd be nice",
                RiskKind::Suicide,
            ),
            ("can't do this no more i'm out", RiskKind::Suicide),
            ("relapsed again | 3 weeks clean ruined", RiskKind::SelfHarm),
            // Older people, illness and care.
            (
                "i've kept back some of my morphine | enough i think",
                RiskKind::Overdose,
            ),
            (
                "i told the doctor i don't want any more treatment | i'd rather it took me",
                RiskKind::Suicide,
            ),
            (
                "i'm only a drain on my daughter | she'd have her life back without me",
                RiskKind::Suicide,
            ),
            (
                "since the stroke i'm useless | better if i just went",
                RiskKind::Suicide,
            ),
            (
                "had a few extra of my oramorph bottle | more than i should | didn't care",
                RiskKind::Overdose,
            ),
            (
                "i get so angry with mum i've slapped her a couple of times",
                RiskKind::HarmOthers,
            ),
            // Plans in worksheet fields.
            (
                "worries | how to do it without the kids finding me",
                RiskKind::Suicide,
            ),
            (
                "what would i tell a friend ? not to do what i'm planning tonight",
                RiskKind::Suicide,
            ),
            // Abuse and harm to others.
            (
                "she bit me so hard it broke the skin",
                RiskKind::AbuseDanger,
            ),
            (
                "he controls what i eat and weighs me every morning",
                RiskKind::AbuseDanger,
            ),
            (
                "if she laughs at me one more time i'll put her through the window",
                RiskKind::HarmOthers,
            ),
            (
                "i'm going to get them back for what they did | they'll be in hospital",
                RiskKind::HarmOthers,
            ),
        ]);
        assert_clear(&[
            "can you die from a panic attack",
            "what happens if you miss a dose of tablets",
            "does it hurt when you get a tattoo",
            "is it ok to tell your boss you're struggling",
            "i'd rather be in my bed",
            "my dad is in the ground now | i miss him",
            "so tired i could sleep forever",
            "i could sleep for a week",
            "i'm gonna kill him lol",
            "i'm so dead lol",
            "took a few extra tablets for my back | doctor said it was fine",
            "i'm going to get my money back for the tickets",
            "i'm ready to get the bus home",
            "it would be better if i just went to bed earlier",
            "i try to control what i eat",
            "i'm going to put the sofa through the door sideways",
        ]);
    }

    #[test]
    fn humour_futures_baths_and_papers() {
        assert_flags(&[
            (
                "jokes aside i've been looking at the train times and not for travelling",
                RiskKind::Suicide,
            ),
            (
                "at this rate i'll be dead by friday | and honestly good",
                RiskKind::Suicide,
            ),
            (
                "dark humour is how i cope but i have actually tied the rope",
                RiskKind::Suicide,
            ),
            (
                "not to be dramatic but i'd happily be hit by a bus",
                RiskKind::Suicide,
            ),
            (
                "some days i can't see myself making it to thirty",
                RiskKind::Suicide,
            ),
            (
                "i didn't want to think about the future because i'm not planning on having one",
                RiskKind::Suicide,
            ),
            (
                "i ran a bath and thought about staying under",
                RiskKind::Suicide,
            ),
            (
                "it's come too late for me i think | i've made my peace with it",
                RiskKind::Suicide,
            ),
            (
                "he slammed my head into the door frame",
                RiskKind::AbuseDanger,
            ),
            (
                "my employer keeps my passport and makes me work for nothing",
                RiskKind::AbuseDanger,
            ),
            (
                "i stood on the bridge and watched the water and thought about jumping",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "that film was so bad i wanted to die",
            "i stood on the bridge and watched the rowers | it was peaceful",
            "i held my keys and looked at my phone the whole time",
            "my mum has my passport for the holiday",
            "i tied the rope on the tent",
            "i'll be dead on my feet by friday",
            "i can't see myself living in london",
            "the water was freezing so i didn't stay under long",
            "i've made my peace with not getting the promotion",
        ]);
    }

    #[test]
    fn safety_plan_answers_ambivalence_and_plain_english() {
        assert_flags(&[
            (
                "warning signs | when i start looking at the tablets | that's now",
                RiskKind::Suicide,
            ),
            (
                "people i can call | nobody | places that help | the bridge",
                RiskKind::Suicide,
            ),
            (
                "i'd have to get rid of the stash and i don't want to",
                RiskKind::Suicide,
            ),
            (
                "ways to keep safe | i don't want to keep safe",
                RiskKind::Suicide,
            ),
            ("how am i feeling ? like it's time to go", RiskKind::Suicide),
            (
                "it's been a year since my attempt and the same thoughts are creeping back in",
                RiskKind::Suicide,
            ),
            (
                "i'm not sure if i'd go through with it but i bought the tablets",
                RiskKind::Suicide,
            ),
            // English as a second language.
            ("i want finish my life", RiskKind::Suicide),
            ("i am thinking to kill me", RiskKind::Suicide),
            ("i not want live more", RiskKind::Suicide),
            ("i think about jump from window", RiskKind::Suicide),
            ("better i die", RiskKind::Suicide),
            ("i drink all the medicine in the bottle", RiskKind::Overdose),
        ]);
        assert_clear(&[
            "i've been clean from self harm for a year and i'm proud",
            "places that help | the beach",
            "i'll do the plan on saturday",
            "how am i feeling ? like it's time for bed",
            "my partner keeps the meds now",
            "i want go home to my country for holiday",
            "i'm not going to die",
            "i want to finish my homework",
            "i drink all the water in the bottle",
        ]);
    }

    #[test]
    fn fear_of_death_is_not_a_wish_for_it() {
        assert_flags(&[
            (
                "honestly if it is cancer i won't have treatment | i'll just let it happen",
                RiskKind::Suicide,
            ),
            (
                "i'm so sick of being scared of dying that i want to get it over with",
                RiskKind::Suicide,
            ),
            (
                "i wish the chest pains would just finish me off",
                RiskKind::Suicide,
            ),
            (
                "i think about dying a lot | like every hour",
                RiskKind::Suicide,
            ),
        ]);
        assert_clear(&[
            "i keep thinking about death and it terrifies me | not because i want it",
            "i'm convinced i'm dying of a brain tumour",
            "i felt like i was going to die during the panic attack",
            "i'm so scared of dying that i can't sleep",
            "i won't have treatment until after the wedding",
            "i want to get the exam over with",
            "i used to think about dying a lot as a teenager but not now",
        ]);
    }

    /// The prefilter only saves time: no pattern that matches a reply is left out of its
    /// candidates, over a quarter of the labelled risk set and text with other characters.
    #[test]
    fn the_prefilter_leaves_out_no_pattern_that_matches() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/eval/risk.jsonl");
        let stored = std::fs::read_to_string(path).expect("the risk set is present");
        let mut texts: Vec<String> = stored
            .lines()
            .step_by(4)
            .map(|line| {
                let row: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
                crate::normalise(row["text"].as_str().expect("a text field"))
            })
            .collect();
        texts.extend(
            [
                "i want to kïll myself",
                "naïve café | i'm going to end it all",
                "🙂 | overdosed",
            ]
            .map(String::from),
        );
        assert!(texts.len() > 4000, "{}", texts.len());
        let lex = lexicon();
        let every: Vec<&Regex> = lex.kinds.iter().flat_map(|(_, p)| p).collect();
        let idioms: Vec<&Regex> = lex.idioms.iter().collect();
        let mut matched = 0;
        for text in &texts {
            for (set, patterns) in [(&lex.any_kind, &every), (&lex.any_idiom, &idioms)] {
                let candidates = set.candidates(text);
                for (i, pattern) in patterns.iter().enumerate() {
                    if pattern.is_match(text) {
                        matched += 1;
                        assert!(candidates[i], "{} left out for {text}", pattern.as_str());
                    }
                }
            }
        }
        // The check had matches to check.
        assert!(matched > 1000, "{matched}");
    }

    #[test]
    fn things_left_ready_for_afterwards_and_ending_as_logging_off() {
        use RiskKind::*;
        assert_flags(&[
            (
                "sorted my will and told my brother where the insurance papers are | just in case",
                Suicide,
            ),
            ("given the dog to my sister to look after for good", Suicide),
            (
                "tidied everything up so it's easy for whoever finds me",
                Suicide,
            ),
            ("i just want to log off | permanently", Suicide),
            ("i want to shut down for good", Suicide),
            (
                "just want to go to sleep in the garage with the car running",
                Suicide,
            ),
            ("my exit's planned | just a matter of when", Suicide),
            ("been stockpiling my wife's old tablets", Overdose),
        ]);
        assert_clear(&[
            "sorted my will out this week | feels good to have it done",
            "gave the dog to my sister while i'm in hospital for my knee",
            "i need to log off from social media for a bit",
            "checked out of the hotel and drove home",
            "i switch off my phone at nine now | helps me sleep",
            "told my wife where the spare key is | just in case",
        ]);
    }

    /// Thoughts that frighten the speaker, and that they would never want, are disowned;
    /// fear on its own, or fear of acting, is doubt; and suicidal thoughts are never
    /// disowned by fear of them.
    #[test]
    fn thoughts_that_frighten_are_disowned_unless_fear_is_of_acting() {
        assert_eq!(
            screen("i get horrible thoughts about the baby falling down the stairs and they frighten me, i'd never want that"),
            None
        );
        assert!(screen(
            "i have thoughts of smothering the baby and i'm scared i'll actually do it"
        )
        .is_some());
        assert_eq!(
            screen("intrusive thoughts of hurting the baby, i'd never act on them but i'm scared"),
            Some(RiskKind::HarmOthers)
        );
        assert_eq!(
            screen("i get horrible thoughts about killing myself and they scare me"),
            Some(RiskKind::Suicide)
        );
    }

    #[test]
    fn harm_to_others_said_sideways_and_wounds_kept_open() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've been imagining running him over in the car park and it makes me feel better",
                HarmOthers,
            ),
            (
                "i've got a list of people who'll pay for what they did to me",
                HarmOthers,
            ),
            (
                "i brought a hammer to work in my bag today | just in case he starts",
                HarmOthers,
            ),
            (
                "i'm going to teach the kid next door a lesson he won't forget | with my fists",
                HarmOthers,
            ),
            (
                "i've been following her home from work to see who she's with",
                HarmOthers,
            ),
            ("i pushed my mum down the stairs", HarmOthers),
            ("i keep pulling my stitches open", SelfHarm),
            (
                "my parents say they'll send me abroad to get married if i don't behave",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i could have throttled my brother for eating my leftovers",
            "my mum took my phone off me for a day because i was rude",
            "i'm not going to teach him a lesson with my fists | i'm better than that",
            "took a hammer to work to put the shelves up",
            "the nurse took my stitches out today",
        ]);
    }

    #[test]
    fn illness_medicine_stopped_death_hurried_and_slang_for_attack() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i stopped taking my insulin because i don't care what happens",
                Suicide,
            ),
            (
                "the hospice is lovely but i wish i could hurry it along",
                Suicide,
            ),
            ("i'm going to go round and glass him", HarmOthers),
            ("my boss keep my passport and not pay me", AbuseDanger),
        ]);
        assert_clear(&[
            "i stopped taking my tablets because they made me sick",
            "i forgot my insulin this morning | had it at lunch",
            "the end of term can't come soon enough",
            "i'm going to bottle it and not go",
            "don't bottle it up",
        ]);
    }

    #[test]
    fn a_safety_plan_answered_with_none_the_means_kept_and_being_found() {
        use RiskKind::*;
        assert_flags(&[
            ("what stops me | nothing anymore", Suicide),
            ("reasons to live | i can't think of one", Suicide),
            ("reasons to live | none", Suicide),
            (
                "making my space safe | i'm not getting rid of the rope",
                Suicide,
            ),
            (
                "the crisis number is on my fridge but i won't ring it | i've decided",
                Suicide,
            ),
            (
                "if i'm honest the plan is still there and i think about it daily",
                Suicide,
            ),
            (
                "worry | that he'll find out where we moved and come for us",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "reasons to live | my dog | my sister | seeing the sea again",
            "i won't call the samaritans | i'll talk to my wife instead",
            "i didn't do it today but i will tomorrow | the washing i mean",
            "the plan for the weekend is to see my sister",
        ]);
    }

    #[test]
    fn danger_believed_harm_as_defence_grief_and_not_caring_about_overdoing_it() {
        use RiskKind::*;
        assert_flags(&[
            (
                "the neighbours are poisoning my water so i'm going to get them before they get me",
                HarmOthers,
            ),
            (
                "i'm convinced my husband is trying to kill me | he's put something in my food",
                AbuseDanger,
            ),
            (
                "been injecting more than usual | don't care if i overdo it",
                Overdose,
            ),
            ("i miss my son so much i want to go where he is", Suicide),
            (
                "i've put the house in my sister's name and written the letters",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i'm going to get them first in the queue",
            "my boss is out to get me",
            "i need to get her before she leaves for work",
            "i don't care if i overdo it at the gym",
            "i visit her grave every day and talk to her",
        ]);
    }

    #[test]
    fn death_asked_of_god_purging_and_honour() {
        use RiskKind::*;
        assert_flags(&[
            ("i pray every night that god takes me in my sleep", Suicide),
            ("i'm ready to meet my maker | sooner the better", Suicide),
            ("i want to be with jesus now | not in years", Suicide),
            (
                "i've stopped drinking water too | i want it to stop",
                Suicide,
            ),
            ("made myself sick after every meal today", SelfHarm),
            (
                "my family say i bring shame and my brother said he'll deal with me",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i pray god takes me to heaven when my time comes",
            "i made myself sick with worry again",
            "i stopped eating sugar and i want the cravings to stop",
            "i pray for my mum's health every night",
            "my faith keeps me going when things are hard",
        ]);
    }

    #[test]
    fn affairs_put_in_order_in_pairs_and_ends_kept_ready() {
        use RiskKind::*;
        assert_flags(&[
            ("i've made a will and written to my kids", Suicide),
            ("i've cancelled all my direct debits and sorted the cat", Suicide),
            (
                "i've deleted all my social media and said sorry to people i've hurt | it's nearly time",
                Suicide,
            ),
            ("left my passwords in an envelope for my sister", Suicide),
            (
                "making my environment safe | i don't want to | it's my way out",
                Suicide,
            ),
            (
                "things that help | nothing | things that stop me | my mum | for now",
                Suicide,
            ),
            (
                "i'm going to do it this weekend when everyone away",
                Suicide,
            ),
            (
                "since i got back from afghanistan i keep thinking the lads who died were the lucky ones",
                Suicide,
            ),
            (
                "i still have my service pistol and i think about it every night",
                Suicide,
            ),
            ("i've been looking up how much antifreeze it takes", Suicide),
            ("i hold my hand over the hob to stop the flashbacks", SelfHarm),
            (
                "sometimes i think about driving into the crowd outside the pub",
                HarmOthers,
            ),
        ]);
        assert_clear(&[
            "i've made a will now the baby here | feels grown up",
            "cancelled my gym membership and deleted my instagram | trying to save money",
            "i made a will and sorted the dog insurance",
            "deleted my social media and said sorry to my sister after the row",
            "i've paid off my credit card and cancelled my subscriptions",
            "sorted my direct debits and budget for the month",
            "the only way out is through",
            "i put my hand on the hob by accident",
            "the soldiers who died were heroes",
            "i'll do my homework when the house is empty",
            "looked up how much paracetamol to take for a headache",
        ]);
    }

    #[test]
    fn faith_voices_farewells_to_the_app_and_carers_at_breaking_point() {
        use RiskKind::*;
        assert_flags(&[
            ("i keep asking allah to take my soul", Suicide),
            ("i know i'll go to hell for it but i can't stay", Suicide),
            (
                "heaven has to be better than this | i want to go now",
                Suicide,
            ),
            ("drove home off my face hoping i'd crash", Suicide),
            (
                "you can delete my account | i won't be needing it after this week",
                Suicide,
            ),
            ("sorry guide | i'm not going to make it to week 6", Suicide),
            (
                "i'm only doing this so my mum thinks i tried before i go",
                Suicide,
            ),
            ("the voices want blood so i give them some", SelfHarm),
            (
                "caring for dad is breaking me | last night i held the pillow and thought about it",
                HarmOthers,
            ),
            (
                "my boyfriend says if i leave he'll share the videos",
                AbuseDanger,
            ),
            (
                "he sat on me and held a pillow over my face till i stopped fighting",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i won't make it to week 3 | too busy with work",
            "i won't be needing my coat after this week | it's warming up",
            "she'll show the photos at the party",
            "heaven has to be better than this weather",
            "the voices in the choir need blood oranges",
            "i gave him his tablets all at once by mistake",
            "i'll go to hell for it but i don't care | that cake was worth it",
            "i pray god takes my mum home peacefully | she's suffering",
        ]);
    }

    #[test]
    fn emoji_fragments_school_threats_and_following() {
        use RiskKind::*;
        let flags = |text: &str| screen_lexicon_only(&crate::normalise(text));
        assert_eq!(flags("🔫 me"), Some(Suicide));
        assert_eq!(flags("🔪🩸 again"), Some(SelfHarm));
        assert_eq!(flags("⚰️ soon hopefully"), Some(Suicide));
        assert_eq!(flags("ctb a lot lately"), Some(Suicide));
        assert_eq!(flags("🍕🍺 tonight with the lads"), None);
        assert_flags(&[
            ("rate today | 1 | rate tomorrow | won't be one", Suicide),
            ("i'll put my head in the oven", Suicide),
            (
                "next time that driver cuts me up i'm going to ram him",
                HarmOthers,
            ),
            (
                "if my manager says one more word i'll put his head through the screen",
                HarmOthers,
            ),
            (
                "i've got a list of who i'm going to get at school",
                HarmOthers,
            ),
            ("he follows me in the car when i go out", AbuseDanger),
        ]);
        assert_clear(&[
            "everyone at work would cope fine without me for a week",
            "i've been thinking about how i'd do the exposure",
            "my phone will be dead soon hopefully not",
            "a list of who i'm going to get presents for",
            "my dog follows me everywhere",
            "he follows me on instagram",
        ]);
    }

    #[test]
    fn things_left_ready_goodbyes_kept_secret_and_night_visits() {
        use RiskKind::*;
        assert_flags(&[
            (
                "the dog going to my neighbour and i've left a note on the side",
                Suicide,
            ),
            ("i've sorted my funeral music | it's all ready", Suicide),
            (
                "i've said bye to my nan without her knowing it was bye",
                Suicide,
            ),
            (
                "i've told work i won't be back | they think i'm moving",
                Suicide,
            ),
            ("my mum would be sad for like a week then fine", Suicide),
            ("i keep planning the note in my head", Suicide),
            ("i make cut on my hand for feel better", SelfHarm),
            (
                "my stepdad comes in my room at night and i hate it",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i've sorted my wedding music | so excited",
            "i've paid off what i owe on the car | it's all sorted",
            "i said bye to my nan at the station | she's off to spain",
            "told work i won't be back after maternity leave",
            "i'd be sad for a week then fine if we lost",
            "my dad comes in my room at night to say goodnight",
            "i'll do it when everyone out | i'm shy about the breathing",
            "no reason to worry | the doctor say ok",
        ]);
    }

    #[test]
    fn said_flatly_by_older_men_and_danger_courted() {
        use RiskKind::*;
        assert_flags(&[
            (
                "since the wife passed there's no sense in carrying on",
                Suicide,
            ),
            ("i've had a good innings | time to call it a day", Suicide),
            (
                "the farm going under and the shotgun in the cabinet",
                Suicide,
            ),
            ("i'm no use to anyone now | best i bow out", Suicide),
            ("i've been thinking the river would be quick", Suicide),
            ("nobody would find me for weeks | nobody visits", Suicide),
            (
                "i've asked the doctor for more sleeping tablets and i'm keeping them",
                Suicide,
            ),
            (
                "i drive way too fast on the motorway hoping something happens",
                Suicide,
            ),
            (
                "i walk home through the park at 3am not caring what happens",
                Suicide,
            ),
            ("i think i'm going to do something stupid tonight", Suicide),
            (
                "i've been skipping my insulin on purpose to lose weight",
                SelfHarm,
            ),
            ("worry time was bad so i cut afterwards", SelfHarm),
        ]);
        assert_clear(&[
            "i've had a good innings at the bowls club this year",
            "time to call it a day on the allotment | it's too much now",
            "time to bow out of the book club",
            "the train would be quick | the bus takes ages",
            "i walk the dog not caring what happens with the weather",
            "i might do something stupid like text my ex",
            "i got some painkillers for my back | keeping them in my bag",
            "i forgot my insulin at home and had to go back",
            "i cut and i paste",
        ]);
    }

    #[test]
    fn forgiveness_asked_ahead_a_relative_understood_and_not_around_people() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've asked god to forgive me for what i'm about to do",
                Suicide,
            ),
            ("grandad went the same way and i get it now", Suicide),
            ("i've started looking at ways to do it online", Suicide),
            (
                "people online keep telling me to do it and i think they're right",
                Suicide,
            ),
            (
                "i've joined a forum where people help each other go",
                Suicide,
            ),
            (
                "yes | and if he laughs at me again at school he's dead | i mean it",
                HarmOthers,
            ),
            ("i don't want to be around anymore", Suicide),
            ("i don't want to be around", Suicide),
        ]);
        assert_clear(&[
            "i don't want to be around people today",
            "people online keep telling me to try cold showers",
            "i've joined a forum for people with health anxiety",
            "if he forgets my birthday again he's dead lol",
            "the group helps people go to the gym",
            "i asked god for strength before the interview",
        ]);
    }

    #[test]
    fn one_way_out_fear_of_what_i_might_do_a_baby_shaken_and_threats_reported() {
        use RiskKind::*;
        assert_flags(&[
            ("i'm scared of what i might do tonight", Suicide),
            ("i'm frightened of what i'll do to myself", Suicide),
            (
                "lost the rent money again on the slots | there's only one way out of this debt",
                Suicide,
            ),
            (
                "if i fail this resit i'm jumping off the library roof",
                Suicide,
            ),
            (
                "if the scan is bad i'm not doing chemo again | i'll do it my own way",
                Suicide,
            ),
            (
                "i've shaken him once already | not hard | but i did",
                HarmOthers,
            ),
            ("i shook the baby when she wouldn't settle", HarmOthers),
            ("i grabbed my son by the neck", HarmOthers),
            ("he said if i tell anyone he'll hurt the kids", AbuseDanger),
            ("she said if i leave she'll take the kids", AbuseDanger),
        ]);
        assert_clear(&[
            "there's only one way out of this maze",
            "i can see one way out of this mess | talk to my boss",
            "scared of what i might do in the interview",
            "i'm worried about what i might do wrong",
            "i shook her hand",
            "i shook him awake",
            "i've shaken him off finally",
            "i shook the baby rattle to make her laugh",
            "i grabbed my son by the hand",
            "i grabbed the kids and left",
            "jumping off the garden wall with the kids",
            "he says if i go to the gym he'll take the kids to the park",
        ]);
    }

    #[test]
    fn no_future_with_me_in_it_slang_and_nails_dug_in() {
        use RiskKind::*;
        assert_flags(&[
            ("can't picture a future with me in it", Suicide),
            ("i'm a waste of space and air", Suicide),
            ("thinking about suicide again", Suicide),
            ("going to neck myself", Suicide),
            ("i tied something round my neck just to see", Suicide),
            ("i dig my nails in until i bleed", SelfHarm),
            ("i don't see a future", Suicide),
        ]);
        assert_clear(&[
            "i don't see a future in this job",
            "i don't see any future with him",
            "i can't see a future for the company",
            "i dig my nails into my palm to ground myself",
            "i tied a scarf round my neck",
            "neck a pint",
        ]);
    }

    #[test]
    fn had_my_time_emoji_means_god_asked_to_understand_and_cold_water() {
        use RiskKind::*;
        assert_flags(&[
            (
                "the wife gone | the kids don't call | i've had my time",
                Suicide,
            ),
            (
                "sold the boat | gave the dog to my brother | paid off what i owe | that's me done",
                Suicide,
            ),
            ("rope tonight", Suicide),
            ("confused gun", Suicide),
            ("you've been kind but it's too late for me", Suicide),
            ("the lord will understand why i did it", Suicide),
            ("i've had it | i'm away to the bridge", Suicide),
            ("life's pointless", Suicide),
            (
                "i've been walking by the river a lot | wondering how cold it is",
                Suicide,
            ),
            ("knife blood again", SelfHarm),
        ]);
        assert_clear(&[
            "i've had my time in the army | now civvy street",
            "i've had my time | let the youngsters have a go",
            "but it's too late for me | i'm off to bed",
            "god will understand why i did it | i had to leave him",
            "had enough of work | i'm off to the river for a swim",
            "walked by the river with the dog | it was cold",
            "my mum took my phone away | she's so unfair",
            "i'm going to kill my brother | he ate my chips",
            "my social life is over lol",
            "that's me done for the day",
        ]);
    }

    #[test]
    fn journal_goodbyes_method_questions_promises_in_doubt_and_risk_back_again() {
        use RiskKind::*;
        assert_flags(&[
            (
                "really low today | sent a message to my brother saying sorry for everything and that i love him | and i gave my neighbour the spare key and asked her to feed the cat from tomorrow",
                Suicide,
            ),
            ("is drowning painful ? asking for me", Suicide),
            ("i'm not planning anything yet", Suicide),
            (
                "i promised my mum i wouldn't hurt myself but i'm not sure i can keep that promise",
                SelfHarm,
            ),
            (
                "i haven't thought about suicide since last spring | until today",
                Suicide,
            ),
            (
                "i tried to kill myself in 2019 and i'm feeling that way again",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "we're not planning anything yet for christmas",
            "is it painful to get a tattoo ? asking for me",
            "i promised i wouldn't hurt myself and i've kept it",
            "i texted my sister to say sorry for everything i said at the party",
            "asked my neighbour to feed the cat from tomorrow while i'm away",
            "i overdosed years ago | i'm in a much better place now",
            "i was suicidal in my twenties | therapy helped",
            "i was in hospital after an overdose in 2015 | i'm in a better place now",
        ]);
    }

    #[test]
    fn an_animal_poisoned_a_tracker_found_and_sleepers() {
        use RiskKind::*;
        assert_flags(&[
            (
                "my neighbour dog barks all night | i've bought some poison to shut it up",
                HarmOthers,
            ),
            ("found an airtag in my bag | i think it my ex", AbuseDanger),
            (
                "had a handful of my sleepers with a bottle of wine",
                Overdose,
            ),
        ]);
        assert_clear(&[
            "bought rat poison for the mice in the shed",
            "bought some slug pellets for the garden | the dog can't get to them",
            "i lost my airtag in the house",
            "railway sleepers for the garden",
        ]);
    }

    #[test]
    fn check_in_fragments_a_crash_not_cared_about_and_the_dead_followed() {
        use RiskKind::*;
        assert_flags(&[
            ("not good | want out", Suicide),
            ("0 | nothing left", Suicide),
            ("can't anymore", Suicide),
            ("1 10 no point", Suicide),
            ("scared | he's back", AbuseDanger),
            (
                "i drive at 120 on the motorway at night and don't care if i crash",
                Suicide,
            ),
            (
                "i visit his grave every day and ask him to come and get me",
                Suicide,
            ),
            ("my son gone and i want to follow him", Suicide),
        ]);
        assert_clear(&[
            "i want out of this job",
            "nothing left in the fridge",
            "can't anymore | too full",
            "no point going out in this rain",
            "my nan passed and i want to join her church group",
            "grandad died and i want to follow his footsteps into the navy",
            "i asked my mum to come and get me from the party",
        ]);
    }

    #[test]
    fn farewells_to_the_app_stashes_kept_and_a_child_disclosing() {
        use RiskKind::*;
        assert_flags(&[
            (
                "this app can't fix me | nothing can | i'm done trying for good",
                Suicide,
            ),
            (
                "this is the last time i'll log in | thank you for everything",
                Suicide,
            ),
            ("don't schedule week 5 for me", Suicide),
            ("tell my therapist i'm sorry", Suicide),
            ("you won't hear from me again after tonight", Suicide),
            ("i've got a stash of codeine hidden in my room", Overdose),
            (
                "every time i get my prescription i keep a few back",
                Overdose,
            ),
            ("i'm not allowed to eat when my dad angry", AbuseDanger),
            (
                "my brother friend made me send pictures of myself",
                AbuseDanger,
            ),
            ("mum's boyfriend sleeps in my bed sometimes", AbuseDanger),
            ("took too many pills", Overdose),
        ]);
        assert_clear(&[
            "i'm done trying to diet",
            "i'm done trying | going to bed",
            "the last time i'll use this app is friday",
            "this is the last time i'll log in this week | going on holiday",
            "don't schedule anything on friday | i'm at a wedding",
            "tell my mum i'm sorry i'm late",
            "you won't hear from me again until monday",
            "i'm not allowed to eat after midnight before my operation",
            "my mum made me take photos of myself for my passport",
            "my boyfriend sleeps in my bed",
            "i can't eat when my dad angry | my stomach goes",
        ]);
    }

    #[test]
    fn a_goodbye_message_time_i_went_and_the_last_session_ended_well() {
        use RiskKind::*;
        assert_flags(&[
            ("this is my goodbye message to you | thank you", Suicide),
            ("i'm too old to be a burden | it's time i went", Suicide),
            ("you've been good to me | but this is it for me", Suicide),
            ("this is my last session", Suicide),
        ]);
        assert_clear(&[
            "this is my last session | thank you | i feel much better",
            "this is it for me | i'm retiring in june",
            "this is my last message before i go on holiday",
            "4 10 want it over with | the exam i mean",
        ]);
        assert_flags(&[(
            "i'm so sick of being scared of dying that i want to get it over with",
            Suicide,
        )]);
    }

    #[test]
    fn my_time_nearly_up_a_low_score_and_done_and_goodbye_with_thanks_for_trying() {
        use RiskKind::*;
        assert_flags(&[
            ("my time's nearly up and i'm ready", Suicide),
            ("3 10 | done |", Suicide),
            ("goodbye app | you tried", Suicide),
        ]);
        assert_clear(&[
            "10 10 | done |",
            "3 10 | done with work",
            "my time's nearly up on the meter",
            "goodbye for now | see you next week",
            "bye | thanks for trying to fix my phone",
        ]);
    }

    #[test]
    fn a_last_entry_with_love_a_bare_bye_after_a_low_score_and_no_worry_after_tonight() {
        use RiskKind::*;
        assert_flags(&[
            ("last entry | love to my kids", Suicide),
            ("1 | bye", Suicide),
            ("2 10 | over it | over everything", Suicide),
            ("don't worry about me after tonight", Suicide),
        ]);
        assert_clear(&[
            "last entry before my holiday | see you in two weeks",
            "2 10 | over it | work was awful",
            "9 10 | bye |",
            "don't worry about me | i'm fine",
            "don't worry about me anymore | i've got a new therapist",
            "i've made my decision | i'm taking the new job",
            "i can't wait to see my wife again in heaven one day | when my time comes",
        ]);
        assert_flags(&[("i've made my decision | i'm doing it tonight", Suicide)]);
    }

    #[test]
    fn games_sport_and_guilt_said_of_a_life_and_work_held_without_pay() {
        use RiskKind::*;
        assert_flags(&[
            ("game over for me | no respawn this time", Suicide),
            ("gonna rage quit life", Suicide),
            ("i'm ready to ctrl alt delete myself", Suicide),
            ("i want to delete myself", Suicide),
            ("i'm in extra time and i want the final whistle", Suicide),
            ("i can't live with myself", Suicide),
            ("i can't live with how stupid i've been", Suicide),
            (
                "i'm drinking and driving tonight and if i crash i crash",
                Suicide,
            ),
            (
                "i have to work every day for no money and they watch where i go",
                AbuseDanger,
            ),
            ("he won't let me leave the house", AbuseDanger),
        ]);
        assert_clear(&[
            "game over for my phone | smashed the screen",
            "i rage quit fifa last night",
            "i want to delete myself from facebook",
            "we're in extra time and i want the final whistle now | my nerves",
            "i can't live with how loud my neighbours are",
            "i couldn't live with myself if i let her down",
            "my placement is unpaid and my boss won't let me leave early",
            "i volunteer for nothing and they take me out for lunch",
            "my boss won't let me leave early",
        ]);
    }

    #[test]
    fn a_negation_inside_an_if_clause_stays_there_and_forced_marriage_conversion_and_cutting() {
        use RiskKind::*;
        assert_flags(&[
            ("if i don't get into uni there's no point carrying on", Suicide),
            ("my plan is saturday when everyone's out", Suicide),
            ("once the kids are grown i'll go", Suicide),
            ("if he doesn't text back by midnight i'm done | for good", Suicide),
            (
                "my parents are taking me to pakistan in the summer to marry my cousin and i don't want to",
                AbuseDanger,
            ),
            ("they're sending me to a church thing to pray the gay away", AbuseDanger),
            ("my aunties say i'm going to be cut when we go back home", AbuseDanger),
            ("they lock me in", AbuseDanger),
        ]);
        assert_clear(&[
            "my plan is saturday for the big shop",
            "my plan is tomorrow | if the weather holds",
            "when my mum gets back i'll go",
            "once the kids are grown i'll go back to work",
            "i quit smoking tonight | i'm done for good",
            "my mum said i'm going to get cut from the team",
            "my dad's taking me to the registry office to get married on saturday",
        ]);
    }

    #[test]
    fn check_in_fragments_goodbyes_that_hand_on_and_a_child_fed_apart() {
        use RiskKind::*;
        assert_flags(&[
            ("2 | had enough of everything", Suicide),
            ("1 | can't do this", Suicide),
            ("0 10 | don't see the point", Suicide),
            ("had enough of it all", Suicide),
            ("low | pills in my hand", Overdose),
            (
                "thanks for trying to help me | it's not your fault",
                Suicide,
            ),
            (
                "please don't send any more reminders | there won't be anyone to read them",
                Suicide,
            ),
            (
                "last check in from me | take care of the next person",
                Suicide,
            ),
            ("i'm signing off for the last time", Suicide),
            (
                "i've told the doctor i don't want any more treatment | i just want to go",
                Suicide,
            ),
            (
                "i'm not allowed to eat with the family | i get fed after",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "6 | had enough of work",
            "2 | can't do this homework",
            "had enough of it all | off to bed",
            "i've got my antibiotics in my hand | about to take them",
            "thanks for trying to fix the bug | it's not your fault",
            "last message from me before the break | take care of the next person in the queue",
            "there won't be anyone to read them till monday",
            "i'm signing off for the last time before i retire",
            "i don't want any more chemo | i just want to go home",
            "the meeting overdosed on powerpoint",
            "i looked at the bridge on the walk | it was lovely in the snow",
        ]);
    }

    #[test]
    fn goodbyes_left_for_after_methods_worked_out_and_wishes_kept_to_their_clause() {
        use RiskKind::*;
        assert_flags(&[
            (
                "you can close my account after this | i won't be back",
                Suicide,
            ),
            (
                "i'm leaving this here in case someone reads it after",
                Suicide,
            ),
            (
                "if anyone reads this | i'm sorry | i couldn't keep going",
                Suicide,
            ),
            ("i wanted to say thank you before i go", Suicide),
            ("i don't know why i'm still here", Suicide),
            ("i've worked out which beam would hold my weight", Suicide),
            ("i keep checking the train times for the fast ones", Suicide),
            ("i sat in the bath with the razor for an hour", Suicide),
            ("i don't want to live", Suicide),
            ("i don't want to be here anymore", Suicide),
            ("i don't want to live without him", Suicide),
        ]);
        assert_clear(&[
            "delete my account | i won't be back | this app is rubbish",
            "sorry i couldn't stay | had to get the kids",
            "the beam would hold my weight if i stood on it to paint the ceiling",
            "sat in the car with my knife and fork eating chips",
            "i don't want to go on the trip",
            "i don't want to live in london",
            "i don't want to be here at this party",
            "my ex is dead to me",
        ]);
    }

    #[test]
    fn the_plainest_sayings_are_the_lexicon_s_own() {
        // The backstop moves as its training rows grow; the plainest ways of saying it
        // must not depend on it.
        use RiskKind::*;
        let plain = [
            "i have nothing to live for",
            "nothing to live for",
            "i want to die",
            "i want to kill myself",
            "i wish i was dead",
            "i wish i wasn't here",
            "everyone would be better off without me",
            "i can't go on like this",
            "i don't want to be alive",
            "i want to end it all",
            "life isn't worth living",
            "i'm tired of living",
            "i hate my life and want it to end",
            "no one would miss me",
            "i feel suicidal",
        ];
        assert_flags(&plain.map(|t| (t, Suicide)));
        assert_flags(&[
            ("i've been cutting myself", SelfHarm),
            ("i took an overdose", Overdose),
            ("he hits me", AbuseDanger),
            ("i want to kill him", HarmOthers),
        ]);
        assert_clear(&[
            "nothing for me thanks",
            "i hate this film and want it to end",
        ]);
    }

    #[test]
    fn what_is_said_of_someone_else_is_theirs_unless_the_speaker_joins_in() {
        use RiskKind::*;
        assert_clear(&[
            "my son's been self harming and i don't know how to help him",
            "my mum's taking too many painkillers for her back | i'm worried",
            "i'm worried because my brother has been cutting",
            "she's been cutting again | her mum told me",
            "i've got a knife crime talk at school today",
            "i bought a knife set",
            "i don't think i'll be here by christmas | we're moving to spain",
        ]);
        assert_flags(&[
            ("my son's been self harming and so have i", SelfHarm),
            ("my mum's pills | i took them all", Overdose),
            ("my head's telling me to kill myself", Suicide),
            (
                "i've said bye to my nan without her knowing it was bye",
                Suicide,
            ),
            ("my son's gone and i want to follow him", Suicide),
            ("i've got a knife in my bag", HarmOthers),
            ("i don't think i'll be here by christmas", Suicide),
            ("bankrupt at 50 | nothing to live for", Suicide),
        ]);
    }

    #[test]
    fn the_rest_not_needed_blame_passed_on_and_stories_of_others() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i'm not going to need the week 6 stuff | don't worry",
                Suicide,
            ),
            (
                "please pass on to whoever reads these that it wasn't anyone's fault",
                Suicide,
            ),
            ("thanks steady | i'm off now | for good", Suicide),
            ("what's the quickest way to lose blood ?", Suicide),
            ("i took an overdose", Overdose),
        ]);
        assert_clear(&[
            "i won't need the rest of the course | i got a new job",
            "tell my mum it's not her fault i'm late",
            "thanks | i'm off now for good | the course was great",
            "i'm reading a book where the main character self harms",
            "one of my patients took an overdose on my shift | i'm a nurse",
            "she took an overdose",
            "my little brother's been cutting himself",
        ]);
    }

    #[test]
    fn going_where_nothing_is_needed_a_door_tried_at_night_and_play_fighting() {
        use RiskKind::*;
        assert_flags(&[
            (
                "don't bother with the reminders | i'm going away somewhere i won't need them",
                Suicide,
            ),
            (
                "sorry for wasting everyone time | it won't happen again",
                Suicide,
            ),
            ("8 10 | all sorted and at peace with my decision", Suicide),
            (
                "the man upstairs keeps trying my door at night",
                AbuseDanger,
            ),
            (
                "my ex sent me a picture of my house and said see you soon",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i'm at peace with my decision to leave the job",
            "my housemate keeps knocking on my door at night to borrow stuff",
            "she sent me a photo of my kids at the park",
            "my nan keeps hitting me with her stick when we play swords",
        ]);
    }

    #[test]
    fn a_farewell_is_two_signs_or_one_beside_a_closing_word() {
        use RiskKind::*;
        assert_flags(&[
            (
                "you've been a help | i won't be finishing the course though | not where i'm headed",
                Suicide,
            ),
            ("this is the last thing i'll write | please don't feel bad", Suicide),
            ("can you make sure my therapist knows i tried", Suicide),
            ("i've left everything in order | thanks for listening", Suicide),
            ("going quiet now | for good this time", Suicide),
            ("i won't be back | thanks for everything", Suicide),
        ]);
        assert_clear(&[
            "you've been a help | i won't be finishing the course though | i'm starting a new job",
            "this is the last thing i'll write tonight | night night",
            "going quiet now | phone's about to die",
            "going quiet now | phone's about to die | bye",
            "i've left everything in order for the cat sitter | thanks for everything",
            "thanks for listening | i won't be back till monday",
            "i won't be back | thanks for everything | the course was great",
            "tell my mum i tried my best in the exam",
        ]);
    }

    #[test]
    fn goodbyes_are_graded_last_words_with_thanks_are_a_course_ending() {
        use RiskKind::Suicide;
        // Last words ("the last one", "no more check ins", "ready to go now") are a goodbye
        // beside a word of parting or a farewell, never beside mere thanks.
        assert_flags(&[
            (
                "this will be my final check in | look after yourselves",
                Suicide,
            ),
            ("no more check ins after today | it's for the best", Suicide),
            (
                "i just wanted to say you helped more than you know | i'm ready to go now",
                Suicide,
            ),
            (
                "sorry i couldn't be better | tell my mum i love her",
                Suicide,
            ),
            (
                "this is the last one | thanks for putting up with me",
                Suicide,
            ),
            (
                "tell my sister she can have my room | thanks for trying",
                Suicide,
            ),
            (
                "not going to do the week 4 stuff | not going to be around for it",
                Suicide,
            ),
            (
                "i hope the next person gets more out of this than i did | i'm going now",
                Suicide,
            ),
            (
                "signing off for the last time | thanks for everything x",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "this is the last one | then bed | thanks for listening",
            "no more questions from me | thanks for everything",
            "ready to go now | thanks for all your help",
            "this will be my final check in before i go on holiday | look after yourselves",
            "no more sessions after today | sorry i wasn't better at the homework",
            "sorry i let you down this week | i'll do better",
            "tell my mum i love her flowers | she'll see this",
            "my sister can have my room when i go to uni x",
            "signing off for the last time | the course was brilliant x",
            "i won't be here for the last week | sorry | it's my cousin's wedding",
        ]);
    }

    #[test]
    fn farewells_blame_taken_away_cutting_said_bare_places_and_last_lives() {
        use RiskKind::{Overdose, SelfHarm, Suicide};
        assert_flags(&[
            (
                "i wont be doing week 6 | i'm sorry | i really did try",
                Suicide,
            ),
            ("please tell my dad none of this was his fault", Suicide),
            (
                "the cat's going to my neighbour | thank you for being kind to me",
                Suicide,
            ),
            ("if i fail again i'll cut | i always do", SelfHarm),
            ("i'll cut again tonight", SelfHarm),
            (
                "if he leaves me i'll take every pill in the house",
                Overdose,
            ),
            (
                "know exactly where on the motorway bridge i'd do it",
                Suicide,
            ),
            ("bought a hose that fits the exhaust", Suicide),
            ("i'm on my last life and i don't want a continue", Suicide),
            (
                "no extra time for me | i'm ready for the final whistle",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i wont be doing week 6 cos im away | sorry",
            "i tried my best | no more sessions after today | course done",
            "rehomed the dog with my sister | thank you for being kind to me about it",
            "i'll cut | it's your deal",
            "if it's too long i'll cut",
            "took every tablet the gp gave me as prescribed",
            "bought a hose that fits the tap",
            "i'm on my last life in this level | so stressful haha",
        ]);
    }

    #[test]
    fn what_others_did_is_read_by_one_rule_who_clauses_and_someones_someone() {
        use RiskKind::{Overdose, SelfHarm};
        assert_flags(&[
            ("my friend took an overdose and so did i", Overdose),
            ("my mate overdosed and i did too", Overdose),
            ("i'm a person who self harms", SelfHarm),
            ("my friend's mum self harms and so do i", SelfHarm),
        ]);
        assert_clear(&[
            "i'm worried about my friend who self harms",
            "my brother who overdosed last week is home now",
            "my friend's dad took an overdose years ago | it still makes me sad",
            "my sister self harms and meant to stop",
        ]);
    }

    #[test]
    fn the_app_given_up_without_a_reason_stalking_and_marriages_arranged() {
        use RiskKind::{AbuseDanger, Suicide};
        assert_flags(&[
            ("i'm not going to be needing these reminders | thank you for caring", Suicide),
            ("can you make sure my journal gets deleted | i don't want anyone reading it after", Suicide),
            ("been a long road | i'm getting off now | thanks for the company", Suicide),
            ("please don't worry about me anymore | it's all sorted", Suicide),
            ("i'll leave the last week for someone who can use it | take care", Suicide),
            ("my parents have booked my flights for the summer and i think they've arranged a husband", AbuseDanger),
            ("someone keeps leaving dead flowers on my doorstep and i think it's him", AbuseDanger),
            ("he's made a fake account and is messaging all my friends pretending to be me", AbuseDanger),
            ("he knows my new address even though i never told anyone", AbuseDanger),
        ]);
        assert_clear(&[
            "i won't need the app anymore now | thanks for everything | i feel so much better",
            "i'm not going to be needing these reminders now i've got into a routine | thanks",
            "been a long road but i'm getting there | thanks for the company",
            "please don't worry about me | i'm doing loads better",
            "can you make sure my journal gets deleted when i close my account",
            "my mum keeps my passport in the safe so it doesn't get lost",
            "my friend keeps leaving notes on my car | i think it's her being funny",
            "my parents have found me a husband on a dating site lol",
        ]);
    }

    #[test]
    fn notes_to_finders_a_death_as_kindness_rest_for_good_and_pushes() {
        use RiskKind::{HarmOthers, SelfHarm, Suicide};
        assert_flags(&[
            ("i'm sorry | it's easier this way for everyone", Suicide),
            (
                "i've said what i needed to say to everyone | i'm at peace now",
                Suicide,
            ),
            (
                "my last entry | i'm tired and i'm going to rest for good",
                Suicide,
            ),
            ("when they find this | know that i tried", Suicide),
            ("yesterday i pushed her and she fell", HarmOthers),
        ]);
        assert_flags(&[
            (&crate::normalise("imma end it fr this time"), Suicide),
            (
                &crate::normalise("been sh'ing again, like 4 times this week"),
                SelfHarm,
            ),
        ]);
        assert_clear(&[
            "it's easier this way for me",
            "i'm sorry | it's for the best | the flat wasn't right for us",
            "i've said what i needed to say to my boss | feel lighter now",
            "when they find this bug i'm in trouble",
            "i'm going to rest for good this weekend | no work",
            "i pushed her to go to the doctor and she did",
            "i was so embarrassed i wanted to die",
            "i'd happily strangle whoever invented self checkouts",
        ]);
    }

    #[test]
    fn no_one_to_check_a_last_day_pills_gathered_and_overdoses_taught() {
        use RiskKind::{AbuseDanger, Overdose, Suicide};
        assert_flags(&[
            ("no need to check on me tomorrow", Suicide),
            (
                "i've had a good last day with my daughter | she won't know it was the last",
                Suicide,
            ),
            (
                "my mum's new boyfriend sleeps in my bed when she's at work",
                AbuseDanger,
            ),
            (
                "i took two overdoses last month | the crisis team did a training thing with me",
                Overdose,
            ),
        ]);
        // Gathering pills unseen reads as suicide first, and shows help either way.
        assert!(screen_lexicon_only(
            "i've been buying paracetamol from different shops so they don't notice"
        )
        .is_some());
        assert_clear(&[
            "no need to check on me tomorrow | i'm at my sister's",
            "don't call me again",
            "he doesn't know it was the last one | i ate it",
            "i won't make it to the end of the film | i'm shattered",
            "we're doing a first aid course at work | cpr and overdoses",
            "buying paracetamol from different shops cos the big tesco was shut",
        ]);
    }

    #[test]
    fn letting_go_a_place_given_away_and_not_needed_where_i_am_going() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "you can give my spot on the course to someone else | i've done all i can",
                Suicide,
            ),
            (
                "i'm letting go now | please make sure my mum is ok",
                Suicide,
            ),
            (
                "i don't need the breathing exercises where i'm going",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "you can give my spot on the course to someone else | i've got a place on the nhs one",
            "i'm letting go now | thanks for listening",
            "please make sure my mum is ok while i'm on holiday",
            "i don't need the breathing exercises where i'm going | it's a spa weekend",
        ]);
    }

    #[test]
    fn the_fight_given_up_passwords_handed_on_and_risk_courted() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            (
                "i picked at my arm with a needle until it was a mess",
                SelfHarm,
            ),
            (
                "i'm so done | i'd swap places with anyone who's dying",
                Suicide,
            ),
            (
                "i've given my sister the passwords to everything | i'm tired",
                Suicide,
            ),
            (
                "i'm going to stop fighting now | i want you to know none of this is on you",
                Suicide,
            ),
            ("the course didn't fix me | nothing will | goodbye", Suicide),
            (
                "i've stopped wearing my seatbelt | if it happens it happens",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've given my sister the passwords to the streaming accounts | she's made up",
            "i'm so tired | no more sessions after today",
            "thanks for listening | goodbye",
            "i'm going to stop fighting with my sister | it's pointless",
            "nothing will fix this boiler | goodbye",
            "i swapped places with someone on the rota who's ill",
            "i know where he lives | i'm dropping his jacket back",
        ]);
    }

    #[test]
    fn absence_from_every_meeting_after_and_things_left_for_whoever_needs_them() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "please let my counsellor know i'm grateful | i won't be at my next appointment or any after it",
                Suicide,
            ),
            (
                "everything's in the folder on my desk for whoever needs it | thanks for the chats",
                Suicide,
            ),
            (
                "i hope the course helps other people more than it helped me | take care of yourselves",
                Suicide,
            ),
            ("what's the point in carrying on when nothing ever changes", Suicide),
            ("what's the point in carrying on with life", Suicide),
        ]);
        assert_clear(&[
            "please let my counsellor know i'm grateful | i've moved to the evening group",
            "everything's in the folder on my desk for whoever covers my leave | thanks for the chats",
            "i won't be at my next appointment | i'm on holiday",
            "what's the point in carrying on with the diet",
        ]);
    }

    #[test]
    fn notes_read_after_pets_left_and_secrets_kept_with_a_child() {
        use RiskKind::{AbuseDanger, SelfHarm, Suicide};
        assert_flags(&[
            ("by the time anyone reads this i'll be gone", Suicide),
            ("i can't do another day like this", Suicide),
            (
                "tell my mum i'm sorry and that i love her | i can't do another day",
                Suicide,
            ),
            (
                "i've cleared my room and left the cat with next door | thanks for trying with me",
                Suicide,
            ),
            (
                "my uncle makes me sit on his lap and says it's our secret",
                AbuseDanger,
            ),
            ("burnt myself on the straighteners on purpose", SelfHarm),
            ("i cut myself again | oops", SelfHarm),
        ]);
        assert_clear(&[
            "by the time anyone reads this journal i'll be 30 haha",
            "when you get this i'll be gone for the weekend",
            "i can't do another day of this commute",
            "left the dog with my mum | back sunday",
            "i've cleared my room and left the cat with next door while we're in spain | thanks",
            "my nan made me a cake and said it's our little secret",
            "my coach makes me stay behind to practise penalties",
            "burnt myself on the straighteners again | so clumsy",
            "cut myself shaving | so clumsy",
        ]);
    }

    #[test]
    fn means_eyed_voices_urging_medicine_kept_and_belongings_made_others() {
        use RiskKind::{HarmOthers, Overdose, Suicide};
        assert_flags(&[
            ("i've been eyeing up the bleach under the sink", Suicide),
            ("life insurance pays out after a year | i checked", Suicide),
            (
                "my brain keeps saying jump whenever i'm on the balcony",
                Suicide,
            ),
            (
                "the voice says i have to hurt the dog or something bad will happen to mum",
                HarmOthers,
            ),
            (
                "i've kept my dad's morphine since he passed | it's in my drawer for when i need it",
                Overdose,
            ),
            (
                "my journal's yours now | do what you like with it | i'm done",
                Suicide,
            ),
            (
                "you did your best with me | it's not your fault it didn't work",
                Suicide,
            ),
            (
                "i've set up the standing order so the kids get my savings | thank you for listening all these weeks",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've been eyeing up the cake in the fridge",
            "i checked the life insurance policy for the mortgage",
            "part of me says just do it and apply",
            "my brain keeps telling me to let go of the past",
            "the voice on the sat nav told me to kill the engine",
            "kept some of my painkillers for later | my back's bad",
            "my old phone's yours now | i'm done with it",
            "you did your best with me | it's not your fault i'm a slow learner haha",
            "i've set up the standing order so the kids get pocket money | thanks for the budgeting tips",
            "i'd rather be dead than be seen in those trainers",
            "i don't see myself being here by christmas | we're moving to leeds",
            "starving myself till the buffet tonight lol",
        ]);
    }

    #[test]
    fn timed_for_when_no_one_can_stop_it_and_passed_round_for_sex() {
        use RiskKind::{AbuseDanger, Suicide};
        assert_flags(&[
            ("i'm going to do it tonight while everyone asleep", Suicide),
            (
                "my boyfriend's mates pass me round at parties and he says i owe them",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "gonna do the presents tonight while everyone's asleep",
            "the call centre passed me round three departments",
            "looked up how many of my tablets i can take in a day | the leaflet's gone",
            "there's a rope in the garage for the tyre swing | need to put it up",
            "my dog keeps biting my arm when we play | little monster",
            "thanks for the last few weeks | i've made my mind up to go back to uni and i feel calm about it",
        ]);
    }

    #[test]
    fn figures_of_speech_for_life_and_letting_go_and_deliveries_stopped() {
        use RiskKind::Suicide;
        assert_flags(&[
            ("i want to let go of the railing", Suicide),
            (
                "i've cancelled the milk and the papers | thanks for being kind to me",
                Suicide,
            ),
            ("i'm done with life | genuinely", Suicide),
        ]);
        assert_clear(&[
            "it would be so easy to just let go of the grudge",
            "i'm done with life admin | genuinely | three forms today",
            "i've been sleeping in my car at festivals | saves money",
            "that presentation was suicide | no one laughed at my joke",
            "i've cancelled the milk and the papers while we're away | thanks",
        ]);
    }

    #[test]
    fn a_plan_and_a_date_waking_a_disappointment_and_where_i_stop() {
        use RiskKind::Suicide;
        assert_flags(&[
            ("i have a plan and a date", Suicide),
            ("every morning i'm disappointed i woke up", Suicide),
            (
                "i'm so tired of fighting my own head | i don't think i can keep doing it",
                Suicide,
            ),
            (
                "i'm sorry i never got to week 6 | please tell the team thank you",
                Suicide,
            ),
            (
                "this is where i stop | thank you for sitting with me",
                Suicide,
            ),
            (
                "i hope you help someone who can be fixed | it wasn't your fault",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i have a plan and a date for the party",
            "every morning i'm disappointed i woke up before my alarm",
            "i'm so tired of fighting with the council over the bins",
            "there's nothing left for me here | off to the other shop",
            "i've said goodbye to my cats for the week | the sitter's lovely",
            "this is where i stop for tonight | thank you for sitting with me",
            "i'm sorry i didn't make it to week 3 | thanks for everything",
            "we've set a date",
        ]);
    }

    #[test]
    fn those_left_provided_for_rest_for_good_and_minds_made_to_doubt() {
        use RiskKind::{AbuseDanger, HarmOthers, SelfHarm, Suicide};
        assert_flags(&[
            (
                "i've made sure the kids will be ok | thank you for everything you tried",
                Suicide,
            ),
            (
                "last thing | please make sure someone feeds smudge",
                Suicide,
            ),
            (
                "don't bother with the reminders | i won't be reading them | i'm at peace",
                Suicide,
            ),
            (
                "i'm going to rest now | properly rest | thank you for being there",
                Suicide,
            ),
            (
                "i've put everything in a letter | please don't be sad",
                Suicide,
            ),
            (
                "since mum died i keep thinking i should just go and be with her",
                Suicide,
            ),
            (
                "since my husband passed i talk to him and say i'll see him soon",
                Suicide,
            ),
            (
                "i gouge at my scalp until it bleeds when i'm stressed",
                SelfHarm,
            ),
            (
                "if my neighbour parks there one more time i'll torch his van | i mean it",
                HarmOthers,
            ),
            (
                "he records everything i say and plays it back to prove i'm mad",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i've made sure the kids will be ok with their nan this weekend | thank you",
            "last thing | please remind me to feed smudge tomorrow",
            "don't bother with the reminders | i've set my own alarms | cheers",
            "i'm going to rest now | long shift | thank you for being there",
            "my coach pushes me in training and says it's for my own good",
            "my cat clawed at my hands till they bled",
            "he records everything for his podcast | it's a bit much",
        ]);
    }

    #[test]
    fn things_thrown_belongings_given_and_minds_not_to_be_changed() {
        use RiskKind::{AbuseDanger, Suicide};
        assert_flags(&[
            (
                "he threw a mug at my head last night and the kids saw",
                AbuseDanger,
            ),
            (
                "please don't try to change my mind | thank you for all the weeks",
                Suicide,
            ),
            ("tell my sister the dog's hers now | i'm so tired", Suicide),
        ]);
        assert_clear(&[
            "he threw a ball at my head in pe | it hurt",
            "she threw a pillow at me lol",
            "please don't try to change my mind | i'm having the chips | thanks",
            "tonight's the night | first date in years | thanks for the confidence boost",
            "tell my sister the dog's staying with her till sunday | i'm so tired",
        ]);
    }

    #[test]
    fn marks_owned_care_written_down_and_forgiveness_hoped_for() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            (
                "the bruises on my legs are from me | i do it with a hairbrush",
                SelfHarm,
            ),
            (
                "i've left instructions for the cat on the fridge | thank you for everything",
                Suicide,
            ),
            ("i hope my kids forgive me one day | bye", Suicide),
            (
                "sorry app | you tried your best | i'm switching off for good",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "the scratches on my arm are from the cat",
            "i've left a list for the kids on the fridge | thanks for everything",
            "i've left instructions for the cat on the fridge for my neighbour while we're away | thank you for everything",
            "sorry app | i'm switching off notifications for the weekend",
            "my partner checks my location when i'm driving home late | which i actually like",
            "thanks so much | bye",
        ]);
    }

    #[test]
    fn wills_passwords_and_pets_handed_on_and_everyday_mishaps() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i've sorted the will and the passwords are in the blue notebook | bye steady",
                Suicide,
            ),
            (
                "my sisters getting the dog | i've written down his feeding times | i'm ready",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "my sisters having the dog while we're in spain | written down his feeding times",
            "the wifi passwords are in the kitchen drawer | bye guys",
            "sorted the will for my nan's estate | bye everyone",
            "exams start tomorrow | i'm ready",
            "burnt myself on my straighteners again this morning | ouch",
            "if my brother eats my leftovers again i'll kill him",
            "my flatmate locked me out by accident and i had to wait for the locksmith",
            "my mum locked me out of my account",
        ]);
        // Not blanked: a body part burnt, a threat with no small wrong, a lock with no mishap.
        assert_flags(&[
            ("burnt myself on my arm with a lighter", RiskKind::SelfHarm),
            (
                "if he turns up at my door again i'll kill him",
                RiskKind::HarmOthers,
            ),
            ("he locks me in when he goes to work", RiskKind::AbuseDanger),
        ]);
    }

    #[test]
    fn goodbyes_by_a_time_a_place_given_up_and_a_key_left() {
        use RiskKind::Suicide;
        assert_flags(&[
            ("this is it for me | tell my brother i'm proud of him", Suicide),
            (
                "by the morning it'll all be over | thanks for the breathing tips | they helped a bit",
                Suicide,
            ),
            (
                "closing the app for the last time | give my place to someone who can still be helped",
                Suicide,
            ),
            (
                "i've said everything i needed to say to my girls | i'm at peace now",
                Suicide,
            ),
            ("this is it for me | goodbye", Suicide),
        ]);
        assert_clear(&[
            "this is it for me and takeaways | tell my brother i'm proud of my willpower",
            "by the morning the exam will all be over | thanks for the breathing tips",
            "exam's tomorrow | by tomorrow it'll all be over | thanks for the revision tips",
            "closing the app for today | give me a nudge tomorrow",
            "said everything i needed to say to my girls about the move | feel calmer now",
            "that's it for me | thanks for everything | i've finished the course",
            "sat in the car in the garage with the engine running to warm it up | freezing this morning",
            "he chokes up whenever we argue",
        ]);
        assert_flags(&[
            (
                "i sit in the car in the garage with the engine running",
                Suicide,
            ),
            ("he chokes me when we argue", RiskKind::AbuseDanger),
        ]);
    }

    #[test]
    fn the_course_end_not_reached_and_worry_ended_by_a_time() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i'm not going to make it to the end of the course | thanks for being kind to me",
                Suicide,
            ),
            ("no one will need to worry about me after tonight", Suicide),
            ("you won't need to worry about me after friday", Suicide),
        ]);
        assert_clear(&[
            "i'm not going to make it to the end of the course on time | can i pause it ?",
            "no one will need to worry about me after tonights results | fingers crossed",
        ]);
    }

    #[test]
    fn messages_for_those_left_a_journal_binned_and_a_happier_ending_wished() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "tell my mum none of this was her doing | i love her | i'm going now",
                Suicide,
            ),
            (
                "thanks for trying steady | i don't think i'll be needing you after this weekend",
                Suicide,
            ),
            (
                "i've put my journal in the bin so no one reads it | sorry for wasting your time",
                Suicide,
            ),
            (
                "can you let my gp know i'm sorry | i couldn't keep fighting it",
                Suicide,
            ),
            (
                "i hope the next person you help has a happier ending than mine",
                Suicide,
            ),
            (
                "bf dragged me out the car by my hair last night",
                RiskKind::AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "tell my mum i'll be late for tea | i'm going now",
            "thanks for trying steady | i don't think i'll be needing you this weekend | we're away",
            "put my old journal in the recycling | starting a fresh one",
            "can you let my gp know i'm running late",
            "i hope the next book has a happier ending than the last one",
            "bf dragged me out to the pub last night | was fun though",
            "going to batter him at fifa when he gets home",
            "hurt myself at netball where no one could see it | proper bruise",
            "wish i could just go to sleep and not wake up till summer",
        ]);
    }

    #[test]
    fn notice_on_life_a_means_as_the_way_out_and_food_given_at_anothers_word() {
        use RiskKind::{AbuseDanger, Suicide};
        assert_flags(&[
            (
                "i'm handing in my notice on life | it's been a long shift | bye x",
                Suicide,
            ),
            (
                "lost everything on the bets again | the only way out i can see is the train",
                Suicide,
            ),
            (
                "my son locks the fridge and only lets me eat when he says",
                AbuseDanger,
            ),
            (
                "my sister knows where everything is | i'm finally going to rest",
                Suicide,
            ),
            (
                "i've taken the dog to my mums for good | thank you for the last six weeks",
                Suicide,
            ),
            ("thank you for being the last kind voice i heard", Suicide),
        ]);
        assert_clear(&[
            "put my notice in at work today | new job here i come",
            "lost everything on the bets again | the only way out i can see is a second job",
            "the only way out is the fire escape",
            "my son locks the fridge so the dog can't get in it | clever dog",
            "my sister knows where everything is in the kitchen | i'm finally going to rest my feet",
            "my mum knows where everything is | thanks for being so helpful",
            "taken the dog to my mums for the weekend | thank you for the reminders",
            "the last thing i saw was the bus leaving | thanks for being patient",
        ]);
    }

    #[test]
    fn a_favour_done_by_dying_and_things_given_away_for_a_move() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i'd be doing everyone a favour if i just drove into a tree",
                Suicide,
            ),
            (
                "i'm sorry i couldn't get better for you | goodnight and goodbye",
                Suicide,
            ),
            ("giving away all my stuff", Suicide),
        ]);
        assert_clear(&[
            "i'd be doing everyone a favour if i just drove them to the station",
            "i'd be doing everyone a favour if i just stopped singing in the shower",
            "i've been giving away my stuff to mates before the move | won't need it in a studio flat",
            "giving away all my stuff to the charity shop",
            "sorry i couldn't do the homework this week | goodnight",
        ]);
    }

    #[test]
    fn death_thought_of_with_longing() {
        assert_flags(&[(
            "i've been thinking about death a lot | like wanting it",
            RiskKind::Suicide,
        )]);
        assert_clear(&[
            "thinking about death a lot since nan died | want to talk to someone about it",
            "i keep thinking about death and it terrifies me",
        ]);
    }

    #[test]
    fn a_means_pictured_for_comfort_a_phone_off_for_good_and_photos_deleted() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i keep picturing the noose in the loft and it calms me down",
                Suicide,
            ),
            (
                "i'm switching my phone off now and not turning it back on | thank you for everything",
                Suicide,
            ),
            (
                "make sure someone takes my cat to the vet on tuesday | i won't be able to",
                Suicide,
            ),
            (
                "i've deleted all my photos and cleared my room | you were kind to me",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "thinking about the bridge at sunset really calms me",
            "switching my phone off now for a digital detox weekend | thank you for everything",
            "make sure someone takes my cat to the vet on tuesday | i'm at work all day",
            "deleted loads of old photos and cleared my room for the decorators",
        ]);
    }

    #[test]
    fn an_edge_leant_over_words_cut_into_skin_and_no_future_with_me_in_it() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            (
                "i stand on the edge of the quarry most nights and lean forward a bit",
                Suicide,
            ),
            (
                "i carve words into my stomach so i remember what i am",
                SelfHarm,
            ),
            ("i don't see a version of next year with me in it", Suicide),
            (
                "you don't need to send me anything else | i'm going to be with my dad now",
                Suicide,
            ),
            (
                "sorry for ghosting after today | it's not you | it's me | it's always been me",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i stand on the edge of the pool most mornings and lean forward before i dive",
            "i carve words into the pumpkin every halloween with my kids",
            "i don't see a version of next year where i'm not at this job",
            "you don't need to send me anything else today | i'm going to be with my dad at the match",
            "sorry for ghosting the group chat | my phone broke",
            "my foster dad makes me sleep in the shed when we go camping in the garden",
        ]);
    }

    #[test]
    fn a_morning_not_seen_and_a_journal_kept_from_the_children() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "goodnight steady | i don't think i'll see the morning",
                Suicide,
            ),
            ("i won't see christmas", Suicide),
            (
                "i won't be doing week 4 | i won't be doing anything after sunday",
                Suicide,
            ),
            (
                "please don't let my kids see this journal | love them so much",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "goodnight steady | i don't think i'll sleep much tonight",
            "we won't see christmas with my family this year",
            "i won't see my mum at christmas",
            "i won't be doing week 4 this week | we're away till sunday",
            "i won't be doing anything after sunday | i'm shattered",
            "please don't let my kids see this journal | they'd tease me",
            "i love them so much",
        ]);
    }

    #[test]
    fn a_past_is_resolved_only_by_wellbeing_said_without_a_negation() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            ("i used to cut and i'm not ok", SelfHarm),
            ("i used to self harm and i'm not safe", SelfHarm),
            ("i used to self harm and i don't feel safe", SelfHarm),
            ("i used to cut but i'm not better", SelfHarm),
            (
                "i used to self harm and haven't been happy in years",
                SelfHarm,
            ),
            (
                "i used to self harm and i've been struggling ever since",
                SelfHarm,
            ),
            ("i used to self harm and i've been better", SelfHarm),
            (
                "i used to self harm but i don't want to be alive anymore",
                Suicide,
            ),
            (
                "i tried to kill myself years ago and i'm not sure i'm safe now",
                Suicide,
            ),
            // Risk said before the past was spoken of is of now.
            ("i want to die | i used to be happy | not anymore", Suicide),
        ]);
        assert_clear(&[
            "i used to self harm as a teenager but i've not done it in ten years",
            "i used to self harm but i'm fine now",
            "i used to cut and i'm doing well now",
            "i used to cut and i stopped",
            "i used to cut but i stopped years ago",
            "i self harmed as a teenager but i don't do it anymore",
            "i used to have suicidal thoughts but i no longer get them",
            "i used to self harm and i'm much better these days",
            "i tried to kill myself years ago and i'm ok now",
            "i used to self harm but i haven't since i had my son",
        ]);
    }

    #[test]
    fn a_negation_undone_by_doubt_a_second_negation_or_a_stop_denied() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            ("i'm not sure i don't want to die", Suicide),
            ("i can't promise i won't hurt myself tonight", SelfHarm),
            (
                "i never said i wasn't thinking about killing myself",
                Suicide,
            ),
            ("i don't not want to die", Suicide),
            ("i haven't stopped thinking about jumping", Suicide),
        ]);
        assert_clear(&[
            "i'm sure i don't want to die",
            "i promise i won't hurt myself",
            "i'm not saying i want to die",
            "i can't say i've ever wanted to die",
            "i couldn't say i've ever self harmed",
            "i can't promise i'll finish the course but i won't hurt myself",
            "not sure why | but i don't want to kill myself",
        ]);
    }

    #[test]
    fn harm_to_others_ruled_out_but_not_to_oneself_and_the_dead_joined() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            ("i'm not going to hurt anyone | only me", SelfHarm),
            (
                "i'd never hurt anyone else but myself is a different story",
                SelfHarm,
            ),
            (
                "the voices tell me to jump and lately i want to listen",
                Suicide,
            ),
            ("i'm scared i'll do what the voices say", Suicide),
            (
                "my brother killed himself last year and i want to be with him",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i'd never hurt anyone",
            "i'm not going to hurt myself | only my pride",
            "i want to jump and dance",
            "i'm scared i'll do what my boss says",
            "my nan died in june and i want to be with her at christmas",
        ]);
    }

    #[test]
    fn a_pointless_no_does_not_deny_and_non_existence_looked_forward_to() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "no point in anything anymore might as well be dead",
                Suicide,
            ),
            (
                "oh great another day | can't wait to not exist lol",
                Suicide,
            ),
            (
                "i had a really nice day with the kids and then tonight i sat in the car with the hose ready",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "there's no point killing myself over an exam",
            "no point stressing | might as well enjoy it",
            "can't wait to dye my hair",
            "got the car and the hose ready to wash it",
            "i had a nice day with the kids and then tonight i washed the car with the hose",
        ]);
    }

    #[test]
    fn told_to_die_starving_as_punishment_and_blades_replaced() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            ("people at school tell me to kill myself every day", Suicide),
            ("my sister cuts herself and now i've started too", SelfHarm),
            (
                "my partner found my blades and now i need to get new ones",
                SelfHarm,
            ),
            ("sometimes i don't eat for days to punish myself", SelfHarm),
        ]);
        assert_clear(&[
            "my friend cuts herself and i've started to worry",
            "i've written letters to my kids for when they turn 18",
            "my dad would kill me if he found out i failed",
        ]);
    }

    #[test]
    fn a_pet_fed_and_a_key_left_beside_thanks_and_parting_ways() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i've put the cat food out for a week and left the door key with next door | thanks for listening",
                Suicide,
            ),
            (
                "sorry steady | this is where we part ways | look after the next one",
                Suicide,
            ),
            (
                "no more worrying for me after tonight | take care x",
                Suicide,
            ),
            (
                "there are moments when stepping in front of the lorries on the bypass seems a reasonable option",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've put the cat food out and left the door key with next door for while we're away | thanks",
            "sorry steady | this is where i stop for tonight | knackered",
            "no more worrying about the exam after tonight | it's done | take care x",
            "last night i took a razor to my legs for the first time in years | before the holiday",
        ]);
    }

    #[test]
    fn notice_handed_in_on_life_and_quiet_after() {
        use RiskKind::{AbuseDanger, Overdose, Suicide};
        assert_flags(&[
            (
                "i'm handing my notice in on life | cheers for trying",
                Suicide,
            ),
            (
                "no need to check on me tomorrow | steady | it'll all be quiet",
                Suicide,
            ),
            (
                "sorry i never finished the course | tell the team it wasn't them | it's time",
                Suicide,
            ),
            (
                "grandad keeps asking me to sit on his lap and i don't like what he does",
                AbuseDanger,
            ),
            (
                "i've got 3 boxes of nytol and a bottle of gin sorted for friday",
                Overdose,
            ),
        ]);
        assert_clear(&[
            "i'm handing my notice in at work tomorrow | cheers for the pep talk",
            "no need to check on me tomorrow | steady | i'm at my mum's all day",
            "sorry i never finished week 2 | i'll try again next month | tell the team it's not them",
            "i've got 3 boxes of mince pies and a bottle of gin sorted for friday",
            "grandad keeps asking me to sit with him and do the crossword",
        ]);
    }

    #[test]
    fn a_decision_welcomed_diaries_stopped_and_the_last_thing_tried() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i'm so grateful for these weeks | i'm at peace with what i'm going to do",
                Suicide,
            ),
            (
                "i won't be filling in any more diaries | everything's ready now",
                Suicide,
            ),
            ("this app was the last thing i tried | bye", Suicide),
            (
                "don't worry about the week 6 questions | i'll be with my mum by then",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i'm so grateful for these weeks | i'm at peace with leaving my job",
            "i won't be filling in any more diaries this week | too busy | back on monday",
            "this app was the last thing i tried before bed | night",
            "don't worry about the week 6 questions | i'll do them at my mum's on sunday",
        ]);
    }

    #[test]
    fn intrusive_thoughts_doubted_a_plan_despite_safety_and_cutting_shared() {
        use RiskKind::{SelfHarm, Suicide};
        assert_flags(&[
            (
                "i get intrusive thoughts about jumping and lately i'm not sure they're intrusive",
                Suicide,
            ),
            (
                "my therapist says i'm not at risk but i have a plan",
                Suicide,
            ),
            ("me and my sister both cut", SelfHarm),
        ]);
        assert_clear(&[
            "me and my mates all cut class",
            "we both cut our hair short",
            "i feel safe and i have a plan for the weekend",
            "i get intrusive thoughts about jumping and i know i would never act on them | they horrify me",
        ]);
    }

    #[test]
    fn threatened_for_telling_a_last_goodnight_and_the_last_week_of_trying() {
        use RiskKind::{AbuseDanger, Suicide};
        assert_flags(&[
            (
                "my stepdad told me if i grass on him i'll end up in the canal",
                AbuseDanger,
            ),
            (
                "i said goodnight to the kids like it was the last time | it probably is",
                Suicide,
            ),
            (
                "this is my last week of trying | after that i'm done | thanks for having me",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "my stepdad told me if i leave my bike out it'll end up nicked",
            "this is my last week of the course | after that i'm going weekly | thanks for having me",
            "two more shifts | after that i'm done",
            "i said goodnight to the kids and had a bath | lovely evening",
        ]);
    }

    #[test]
    fn a_better_place_without_me_meds_hoarded_and_poison_meant() {
        use RiskKind::{HarmOthers, Overdose, Suicide};
        assert_flags(&[
            (
                "honestly the world would be a better place without me in it",
                Suicide,
            ),
            (
                "i've stopped taking my meds so i can save them up",
                Overdose,
            ),
            (
                "if my neighbour's dog barks one more night i'm going to poison it and him",
                HarmOthers,
            ),
            (
                "you won't hear from me after the weekend | it's better this way",
                Suicide,
            ),
            (
                "this is my final check in | be kind to the next person",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i pinch myself every morning to check i'm not dreaming | new job is amazing",
            "i've stopped taking my meds with coffee so they work better",
            "i'm going to poison the weeds",
            "you won't hear from me over the weekend | camping with no signal",
            "this is my final check in of the week | see you monday",
        ]);
    }

    #[test]
    fn another_s_risk_joined_when_clauses_and_a_pet_going_to_someone() {
        use RiskKind::{AbuseDanger, HarmOthers, Overdose, SelfHarm, Suicide};
        assert_flags(&[
            (
                "my friend tried to kill herself last month and tbh i've been thinking about doing the same",
                Suicide,
            ),
            ("my friend wants to die and i feel the same", Suicide),
            ("my brother killed himself and i want to go the same way", Suicide),
            (
                "my friend wants to batter her ex and i'm going to help her do it",
                HarmOthers,
            ),
            (
                "my best friend cuts and i tried it last night to see if it helps",
                SelfHarm,
            ),
            ("my mum overdosed and i've been doing the same", Overdose),
            ("when the kids are at school i cut", SelfHarm),
            ("when he gets in from the pub he throws me about", AbuseDanger),
            ("i'll be gone when you next check in", Suicide),
            ("when he's asleep tonight i'm going to the bridge", Suicide),
            ("thank you for trying with me | i'm done now", Suicide),
            (
                "the cats going to next door | everything's sorted | thank you for listening",
                Suicide,
            ),
            ("i've written my will and cleared my room", Suicide),
            ("searched painless suicide methods", Suicide),
            ("been googling painless ways", Suicide),
        ]);
        assert_clear(&[
            "my sister self harms and i'm trying to help her",
            "my friend self harms and i told her to go to the gp | i said i'd go with her",
            "my friend cuts herself and i tried to stop her",
            "my mum took an overdose and i went with her to a&e",
            "when he's at work i'm going to the river to feed the ducks",
            "the cat's going to the cattery while we're away | thanks for listening",
            "the cat's going to the vet | thanks for listening",
            "thank you for today | i'm done for now",
            "been googling painless ways to get a tattoo",
            "the bus throws me about",
        ]);
    }

    #[test]
    fn lies_about_safety_calm_last_words_and_pills_ready() {
        use RiskKind::{Overdose, Suicide};
        assert_flags(&[
            (
                "my counsellor asked if i felt safe and i lied and said yes",
                Suicide,
            ),
            (
                "i lied to the gp and said i wasn't having thoughts",
                Suicide,
            ),
            (
                "it's ok | i'm not scared anymore | i know what i'm doing",
                Suicide,
            ),
            ("i love you all | remember that", Suicide),
            ("if tonight goes badly i've got the tablets ready", Overdose),
        ]);
        assert_clear(&[
            "the nurse asked if i was ok and i lied",
            "i lied and said i was fine when mum asked about school",
            "i'm not scared of the dentist anymore",
            "don't worry i know what i'm doing",
            "got my tablets ready for the week",
            "love you all | see you at the weekend",
        ]);
    }

    #[test]
    fn a_spot_with_no_fence_and_thanks_for_patience_beside_last_words() {
        use RiskKind::Suicide;
        assert_flags(&[
            (
                "i've started looking at the train times and the bit of the line with no fence",
                Suicide,
            ),
            ("i found the bit of the canal with no railings", Suicide),
            (
                "thank you for your patience with me | this is the last thing i'll write",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "the part of the cliff path with no fence is dangerous for the dog",
            "thank you for your patience | see you next week",
        ]);
    }

    #[test]
    fn the_backstop_s_catches_of_session_23_given_patterns() {
        use RiskKind::{AbuseDanger, HarmOthers, Overdose, SelfHarm, Suicide};
        assert_flags(&[
            ("i keep thinking everyone would be better off without me", Suicide),
            ("don't see the point of being alive tbh", Suicide),
            ("if she leaves me theres no point me being alive", Suicide),
            ("how high does a bridge need to be", Suicide),
            (
                "the world keeps turning | it'd keep turning without me too | so why bother",
                Suicide,
            ),
            ("i've written everything down for when you find this", Suicide),
            (
                "sorry for wasting everyone's time | you won't have to bother with me after tonight",
                Suicide,
            ),
            (
                "please don't send any more reminders | i won't be around to read them",
                Suicide,
            ),
            (
                "i've made sure my passwords are in the drawer | sorry to be a bother",
                Suicide,
            ),
            (
                "she's the only reason i haven't ended it yet",
                Suicide,
            ),
            ("swallowed half a bottle of my mum's sleeping pills", Overdose),
            ("i punch walls till my knuckles split", SelfHarm),
            ("dad used to hit mum and now he's started on me", AbuseDanger),
            ("my ex is outside again and says he'll make me pay", AbuseDanger),
            ("i'll end up doing time for him the way he's going", HarmOthers),
        ]);
        assert_clear(&[
            "coffee without milk",
            "i don't see the point of the gym",
            "how high does a bridge need to be for a double decker bus",
            "they'll do the quiz without me so why bother going",
            "swallowed half a bottle of cough syrup",
            "sorry to be a bother | could you say that again",
            "you won't have to worry about me | i'll be fine",
        ]);
    }

    #[test]
    fn plain_sayings_once_left_to_the_backstop() {
        use RiskKind::{AbuseDanger, HarmOthers, Overdose, SelfHarm, Suicide};
        assert_flags(&[
            ("no reason for me to stay in this world", Suicide),
            (
                "i'm going to go to sleep tonight and make sure i don't wake up",
                Suicide,
            ),
            (
                "the thought of not waking up is the only thing that calms me down",
                Suicide,
            ),
            ("i pray every night that i won't wake up", Suicide),
            ("i've got everything i need now to end it", Suicide),
            ("i can't keep living like this", Suicide),
            ("i'd be doing everyone a favour by going", Suicide),
            (
                "lost the lot on the bets again | best thing i could do for the family is not be here",
                Suicide,
            ),
            ("i nearly stepped in front of a lorry on the way home", Suicide),
            (
                "part of me wishes the cancer would come back and finish me off",
                Suicide,
            ),
            (
                "after the redundancy i went to the bridge and stood there for an hour",
                Suicide,
            ),
            ("i took a load of my brother's adhd tablets", Overdose),
            ("i put out a cigarette on my arm", SelfHarm),
            ("i tie things round my neck till i feel faint", SelfHarm),
            ("he puts his hands round my neck when we argue", AbuseDanger),
            ("he says he'll hurt the kids if i tell anyone", AbuseDanger),
            (
                "my boyfriend made me send him photos and now he's threatening to post them",
                AbuseDanger,
            ),
            ("my grandson pushes me about when he wants money", AbuseDanger),
            ("i've thought about running him over", HarmOthers),
        ]);
        assert_clear(&[
            "no reason for me to stay at this job",
            "make sure i don't wake up late",
            "took a load of photos",
            "she put her hands on my shoulders",
            "i'd be doing everyone a favour by going to the shop",
            "went to the bridge and stood there watching the boats with the kids",
            "he threatened to post them back to me",
            "i tied a scarf round my neck | it was cold",
        ]);
    }

    #[test]
    fn the_fourth_held_out_round_of_session_23() {
        use RiskKind::Suicide;
        assert_flags(&[
            ("this app did its best | i'm going now", Suicide),
            ("don't be sad when you hear", Suicide),
        ]);
        assert_clear(&[
            "my daughter will be fine without me for a weekend | she's 17",
            "i'm off now | see you tomorrow",
            "don't cry when you hear the results | it's only a trial run",
            "this app did its best but i prefer talking to a person | i'm going to my gp instead",
        ]);
    }

    #[test]
    fn the_fifth_held_out_round_of_session_23() {
        use RiskKind::{Overdose, Suicide};
        assert_flags(&[
            (
                "had a bottle of wine and most of a box of zopiclone | feel a bit spacey",
                Overdose,
            ),
            ("sorry it didn't work out | you were kind", Suicide),
            (
                "i've arranged for my sister to pick up the dog tomorrow | thank you for everything",
                Suicide,
            ),
            ("whoever reads this | don't blame yourselves", Suicide),
        ]);
        assert_clear(&[
            "i've been giving my stuff away bit by bit | decluttering for the move",
            "sorry the breathing exercise didn't work out | you were kind to suggest it",
            "i've arranged for my sister to pick up the dog tomorrow while i'm at the hospital for my scan",
            "whoever reads this | the app keeps logging me out",
        ]);
    }

    #[test]
    fn the_sixth_held_out_round_of_session_23() {
        use RiskKind::{HarmOthers, Suicide};
        assert_flags(&[
            ("this is where i get off | thanks for the ride", Suicide),
            ("goodnight everyone | for the last time", Suicide),
            (
                "i've written my mum a letter explaining everything | i'm sorry",
                Suicide,
            ),
            ("please look after my boys for me", Suicide),
            (
                "not that i'd ever do it but i've worked out exactly how i'd get rid of her",
                HarmOthers,
            ),
        ]);
        assert_clear(&[
            "this is where i get off the bus | speak later",
            "goodnight everyone | early start tomorrow",
            "i've written my mum a letter for her birthday",
            "please look after my boys for me while i'm at the dentist | mum",
            "how to get rid of him | he won't take the hint",
            "i'm sorry",
        ]);
    }
    /// The twenty-fourth session: the fourth held-out round of the twenty-third, folded.
    #[test]
    fn held_out_round_four_of_session_23() {
        use RiskKind::*;
        assert_flags(&[
            ("this was my last go at getting better", Suicide),
            ("i'm sorry i couldn't be stronger for you all", Suicide),
            ("you won't need to worry about me soon", Suicide),
            ("i'm at peace with it | thank you for trying", Suicide),
            ("tell my brother the xbox is his", Suicide),
            ("tell my sister she can have my car", Suicide),
            ("i drank a bottle of vodka and took my tablets", Overdose),
            (
                "what did i do when i felt anxious ? burned my arm with the straighteners",
                SelfHarm,
            ),
            (
                "when i feel anxious i burn my arm with the straighteners",
                SelfHarm,
            ),
            ("i cut myself off from friends and cut my arms", SelfHarm),
        ]);
        assert_clear(&[
            "this was my last go at getting the bus",
            "i'm sorry i couldn't be stronger for you all today",
            "thanks for trying",
            "tell my sister she can have my car if she wants it",
            "we shared a bottle of wine and i took my pill",
            "when i was stressed i burned my hand on the kettle",
            "when i get overwhelmed i cut myself off from everyone",
            "i cut myself off",
        ]);
    }
    /// The twenty-fourth session's first goodbyes and plain sayings (sets 347 and 348).
    #[test]
    fn goodbyes_with_the_team_thanked_and_things_left_with_the_note() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i won't be doing the week 5 stuff | tell the team they were lovely",
                Suicide,
            ),
            (
                "i just want you to know none of this is on the app",
                Suicide,
            ),
            ("i've told work i won't be in next week | or ever", Suicide),
            (
                "my mum gets everything | it's in the drawer with the note",
                Suicide,
            ),
            (
                "i hope my little girl remembers the good bits of me",
                Suicide,
            ),
            (
                "this is the last time you'll hear from me | thanks for being kind",
                Suicide,
            ),
            (
                "counted out what i'd need from the cupboard | it's enough",
                Overdose,
            ),
            (
                "my ex turned up at my work again | i had to hide in the loo",
                AbuseDanger,
            ),
            ("my ex keeps turning up at my flat", AbuseDanger),
            (
                "my partner holds a knife to me when he's angry",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i won't be doing the week 5 stuff | i'm on holiday | tell the team they were lovely",
            "i snapped the blade on my pencil sharpener doing the kids homework",
            "my sister gets everything | she's the favourite",
            "i hope my kids remember me as a fun mum",
            "counted out the cash for the window cleaner | it's enough",
            "my ex turned up at my mum's again for the kids | we're civil",
            "the kids turned up at 6 and i had to hide the presents",
            "the keys are on the side with the note for the cleaner",
            "last time you'll hear me moan",
        ]);
    }
    /// Plain sayings that only the backstop had caught, given patterns in the twenty-fourth
    /// session, each beside an everyday twin.
    #[test]
    fn plain_sayings_the_backstop_alone_caught_in_session_24() {
        use RiskKind::*;
        assert_flags(&[
            ("ending it feels like the only option", Suicide),
            (
                "i am 78 and i have had enough of this life | i would welcome the end",
                Suicide,
            ),
            ("feel like im just waiting to die", Suicide),
            (
                "everyone keeps telling me to hang on but i'm out of reasons",
                Suicide,
            ),
            (
                "goal for the week: find a way to die that won't hurt",
                Suicide,
            ),
            ("found out which bridge is highest round here", Suicide),
            ("honestly part of me hopes the cancer comes back", Suicide),
            (
                "i cant see a way through this that doesnt end with me dead",
                Suicide,
            ),
            ("it would be a relief to not exist", Suicide),
            ("i don't plan on being around much longer", Suicide),
            (
                "ive written to everyone i care about | this is where my story stops",
                Suicide,
            ),
            ("i just want a permanent rest", Suicide),
            ("better for everyone if i am not living", Suicide),
            (
                "nothing's going to change so what's the point in sticking around",
                Suicide,
            ),
            (
                "i keep looking at the loft hatch and the rope in the garage",
                Suicide,
            ),
            (
                "i keep going to the bridge near the station and looking down",
                Suicide,
            ),
            ("honestly the bridge looked tempting today", Suicide),
            (
                "how long does it take to bleed out from your wrist",
                Suicide,
            ),
            ("im not sure i want to wake up tomorrow", Suicide),
            ("downed a bottle of calpol and some co codamol", Overdose),
            (
                "i took the whole bottle of my husband's sleeping tablets",
                Overdose,
            ),
            ("i've been mixing my meds with vodka every night", Overdose),
            (
                "took about 20 co codamol an hour ago and feel weird",
                Overdose,
            ),
            ("been using the razor again", SelfHarm),
            (
                "i keep slamming my hand in the car door on purpose",
                SelfHarm,
            ),
            ("i pull my hair out till it bleeds", SelfHarm),
            ("i scratched myself till i bled", SelfHarm),
            (
                "ive been scoring lines into my ankles where my socks cover them",
                SelfHarm,
            ),
            (
                "my coach makes me stay behind and touches me and says it's part of training",
                AbuseDanger,
            ),
            (
                "my dad says he'll throw me out if i tell anyone what he does",
                AbuseDanger,
            ),
            ("he says if i leave he'll get me deported", AbuseDanger),
            (
                "my ex keeps sending me pictures of my house at night",
                AbuseDanger,
            ),
            ("i'm being controlled and threatened at home", AbuseDanger),
            (
                "there's a lad at school who keeps beating me up",
                AbuseDanger,
            ),
            (
                "my husband won't let me go to the doctor about my chest pains",
                AbuseDanger,
            ),
            (
                "my mum's new boyfriend keeps asking me to send him pics",
                AbuseDanger,
            ),
            (
                "my step dad comes in my room at night when mums on nights",
                AbuseDanger,
            ),
            ("he pinned me against the wall by my neck", AbuseDanger),
            (
                "i picked up the kitchen knife and thought about using it on him",
                HarmOthers,
            ),
        ]);
        assert_clear(&[
            "i'd welcome it if you could send the worksheet again",
            "waiting to die laughing at this show",
            "which bridge is highest for a double decker",
            "not going to stick around for the karaoke lol",
            "i don't plan on staying around here after uni",
            "i want a permanent rest from work emails",
            "what's the point in sticking around at this party",
            "the pills looked tempting but i took just the one like the gp said",
            "not sure i want to go on the trip",
            "i'm being hit with loads of emails",
            "my brother keeps beating me at fifa",
            "my mum keeps asking me to send her pics of the baby",
            "using the scissors again for crafts",
            "thinking about using it on her birthday cake",
            "i took the whole box of chocolates to work",
            "the sea looked so inviting today | i nearly went for a swim",
            "i've had half a bottle of calpol for my cold",
        ]);
    }
    /// The twenty-fourth session's second goodbyes (set 349).
    #[test]
    fn goodbyes_with_bills_paid_a_door_left_open_and_the_house_asleep() {
        use RiskKind::*;
        assert_flags(&[
            (
                "been a pleasure chatting | this is me signing off for good",
                Suicide,
            ),
            (
                "i've paid the rent up to the end of the month so the landlord isn't out of pocket",
                Suicide,
            ),
            (
                "don't worry about the next check in | i'll be somewhere better",
                Suicide,
            ),
            ("i'll be in a better place soon", Suicide),
            (
                "i've left the back door unlocked so they don't have to break it",
                Suicide,
            ),
            (
                "sorry steady | you did what you could | i'm just too tired to keep going",
                Suicide,
            ),
            (
                "got everything i need | just waiting for everyone to go to bed",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "been a pleasure chatting | this is me signing off for tonight",
            "i've paid the bills so my flatmate isn't out of pocket while i'm away",
            "dont worry about the next check in | ill be at my mums with no wifi",
            "i'll be somewhere better by next year | new job",
            "i've left the back door unlocked for the plumber",
            "left the back door unlocked for whoever comes to feed the cat",
            "i'm too tired to keep going tonight | off to bed",
            "got everything i need for the party | just waiting for everyone to arrive",
            "got everything i need | just waiting for the kids to go to bed so i can wrap presents",
        ]);
    }
    /// A second batch of plain sayings that only the backstop had caught (twenty-fourth
    /// session), each beside an everyday twin.
    #[test]
    fn plain_sayings_the_backstop_alone_caught_in_session_24_second_batch() {
        use RiskKind::*;
        assert_flags(&[
            ("i keep wishing a car would hit me", Suicide),
            ("i wish something would just kill me", Suicide),
            (
                "i swim out further than i should and hope the current takes me",
                Suicide,
            ),
            ("i keep imagining myself dead", Suicide),
            ("i won't be here by christmas", Suicide),
            ("i wrote a note last night and hid it in my drawer", Suicide),
            (
                "i'm just counting down the days till i can leave this world",
                Suicide,
            ),
            (
                "i'd just like to not exist for a while | or at all",
                Suicide,
            ),
            (
                "stopped taking my heart tablets | what's the point",
                Suicide,
            ),
            (
                "i'm 84 | i've had my innings | i'd happily not wake up tomorrow",
                Suicide,
            ),
            (
                "my son will be fine with his dad | they're better off",
                Suicide,
            ),
            (
                "i'm a burden to my wife now i can't walk | she'd be freer if i went",
                Suicide,
            ),
            ("i nearly jumped off the car park roof on saturday", Suicide),
            ("everyone would cope fine if i just went under", Suicide),
            (
                "what's one small step you could take ? buying the rope",
                Suicide,
            ),
            (
                "been researching which pills dont show up in a post mortem",
                Suicide,
            ),
            (
                "no need for week 4 | i've made other plans | permanent ones",
                Suicide,
            ),
            (
                "i'm living on borrowed time and i'm fine with ending it",
                Suicide,
            ),
            ("i'm being hit at home", AbuseDanger),
            ("my partner won't let me have my own money", AbuseDanger),
            ("i don't feel safe where i live", AbuseDanger),
            (
                "my husband won't let me go to my appointments on my own",
                AbuseDanger,
            ),
            (
                "he told me nobody would believe me if i reported him",
                AbuseDanger,
            ),
            (
                "my ex has been sending me messages saying i'll regret leaving him",
                AbuseDanger,
            ),
            (
                "i've been getting messages saying they'll burn my house down",
                AbuseDanger,
            ),
            (
                "he said he'll break my legs if i don't pay by friday",
                AbuseDanger,
            ),
            ("my grandson hits me when he wants money", AbuseDanger),
            (
                "my step mum makes me sleep on the floor and doesnt feed me",
                AbuseDanger,
            ),
            (
                "my mum's boyfriend comes into the bathroom when i'm in the shower",
                AbuseDanger,
            ),
            (
                "i'm being made to sell drugs to pay off a debt",
                AbuseDanger,
            ),
            ("he says he'll send more if i don't do stuff", AbuseDanger),
            (
                "he says i have to meet him alone or he'll tell my family lies",
                AbuseDanger,
            ),
            ("he pinned me against the wall again", AbuseDanger),
            (
                "a goal: get even with my ex | i want her to bleed",
                HarmOthers,
            ),
            ("i bite the inside of my arm till it bruises", SelfHarm),
            ("had the blade out again | only a few this time", SelfHarm),
            ("i punched my thighs until they were purple", SelfHarm),
            ("i make cut on my arm with knife", SelfHarm),
        ]);
        assert_clear(&[
            "i hope the bus will take me to town",
            "she'd be happier if i went to the party",
            "i almost stepped in front of a bike",
            "i went under the anaesthetic",
            "buying a rope for the tyre swing",
            "the kids are better off at nursery",
            "i'll regret leaving him | he was lovely",
            "my boss said he'll break my legs if i'm late again",
            "my nan doesn't feed me vegetables",
            "send them if i don't reply by 5",
            "we'll meet them alone or they'll get shy",
            "i wrote a note to my friend and hid it in her pencil case",
            "my wife controls the money | she's better at budgeting than me",
            "some days i just want to not exist on social media | no drama",
            "i'm fine with ending it with my boyfriend",
            "had the razor out for my legs",
            "my toddler hits me when he gets tired",
        ]);
    }
    /// Probes of the rules that set risk aside (set 350): a past come back, a denial with
    /// "but i can't stop", a thought that never used to come, threats to keep one home.
    #[test]
    fn probes_of_the_set_aside_rules_in_session_24() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i used to cut years ago but its started again this week",
                SelfHarm,
            ),
            (
                "i don't want to hurt myself but i can't stop doing it",
                SelfHarm,
            ),
            (
                "i never used to think about dying but now its all the time",
                Suicide,
            ),
            (
                "she says she'll kill herself if i leave and now she's got a knife out",
                AbuseDanger,
            ),
            (
                "i'm not in danger right now but he's due home at 6 and he said i'll pay for today",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i used to cut years ago but i've been clean for 6 years now",
            "i used to cut my own hair but i've started going to a barber again",
            "i don't want to hurt myself but i can't stop eating biscuits",
            "i never used to think about death but now i'm a nurse i see it a lot",
            "if he comes near my chips again i'll stab him with my fork",
            "she says she'll kill me if i leave the washing up again",
            "my mum says she'll kill herself laughing if i wear that",
            "he said i'll pay for the drinks next time",
        ]);
    }
    /// The twenty-fourth session's third goodbyes (set 351): a last time with the ones
    /// loved, pets fed for days ahead, a ring left with a note, a funeral's music chosen.
    #[test]
    fn goodbyes_with_a_last_call_pets_fed_ahead_and_a_funeral_playlist() {
        use RiskKind::*;
        assert_flags(&[
            ("i rang my mum just to hear her voice one more time", Suicide),
            ("i want to see my kids one last time", Suicide),
            ("i'm ready for the end", Suicide),
            (
                "i've fed the fish enough for a fortnight and asked next door to check on them after",
                Suicide,
            ),
            (
                "i won't be needing the sleep diary | i'll be sleeping just fine soon",
                Suicide,
            ),
            ("so this is it then | thanks for trying | steady", Suicide),
            ("i left my wedding ring on the bedside table with a note", Suicide),
            (
                "my playlist for the funeral is saved on my phone | the password is my birthday",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i rang my mum just to hear her voice | she's been poorly",
            "i'd love to hear her voice one more time | miss her so much since she died",
            "i want to see my kids one last time before they move schools",
            "i've fed the fish enough for a fortnight while we're in spain",
            "i won't be needing the sleep diary | i'm sleeping fine now",
            "so this is it then | the last session | thanks for everything",
            "i left my watch on the side with a note for the cleaner to fix the strap",
            "my playlist for the party is saved on my phone",
            "the wifi password is taped to the router",
            "i'm ready now for my driving test | i'm not scared anymore",
            "i'm ready for the end of term",
        ]);
    }
    /// The twenty-fourth session's held-out round (sets 352 and 353, scored at 2ce221e:
    /// plain 7 of 8, goodbyes 4 of 6, no false alarm of 14), folded with its fixes.
    #[test]
    fn held_out_round_of_session_24() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i keep leaning over the balcony at night to see how it would feel",
                Suicide,
            ),
            (
                "i'm leaving you my journal | do what you want with it | i'm off",
                Suicide,
            ),
            (
                "tell my husband to remarry | he deserves someone happy",
                Suicide,
            ),
            ("i've taken the dog for one last walk", Suicide),
        ]);
        assert_clear(&[
            "i keep leaning over the balcony to water the hanging baskets",
            "i'm leaving you my journal to read next session",
            "tell my sister to find someone better than that idiot",
            "tell my husband to get milk | he always forgets",
            "took the kids for one last swim before the pool closed",
            "i'm off | thanks for everything",
        ]);
    }
    /// The twenty-fourth session's fourth goodbyes (set 354, 0 of 8 on first score).
    #[test]
    fn goodbyes_with_traces_cleared_and_good_to_come_of_it() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've cleared my search history and my messages so nobody has to see them",
                Suicide,
            ),
            ("if anyone asks | i was happy at the end", Suicide),
            ("night all | love you more than you'll ever know", Suicide),
            (
                "i've signed the organ donor card so at least some good comes of it",
                Suicide,
            ),
            (
                "i've stopped the direct debits | the car's in my brother's name now",
                Suicide,
            ),
            (
                "you were the only one i told | thank you for not judging",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've cleared my search history so my partner doesn't see the surprise",
            "i cleared my messages so nobody can read them over my shoulder",
            "i was happy at the end of the film",
            "night all | early start tomorrow",
            "night all | thanks for listening",
            "love you more than you'll ever know | happy birthday mum",
            "i've stopped the direct debit for the gym | never went anyway",
            "the car's in my husband's name now | cheaper insurance",
            "you were the only one i told about the job | thank you for not judging",
        ]);
    }
    /// The twenty-fourth session's fifth goodbyes (set 355, 3 of 10 on first score).
    #[test]
    fn goodbyes_with_debts_returned_cards_ahead_and_no_way_back() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've returned all the library books and my mate's drill | don't want to owe anyone anything",
                Suicide,
            ),
            ("i'm writing cards for the kids next few birthdays tonight", Suicide),
            (
                "ive booked a hotel room for tomorrow night | just me | i won't need a return ticket",
                Suicide,
            ),
            (
                "my mum will find this | so mum | i'm sorry | it's not your fault",
                Suicide,
            ),
            (
                "i gave my best mate my guitar today | he doesn't know why yet",
                Suicide,
            ),
            (
                "i smiled at everyone at work today | they'll remember that at least",
                Suicide,
            ),
            ("the worksheets can go to someone who'll use them", Suicide),
        ]);
        assert_clear(&[
            "i've returned all the library books | they were overdue",
            "i'm writing cards for the kids' teachers tonight",
            "i won't need a return ticket | i'm moving to spain for good",
            "my mum will find this funny | she hates spiders too",
            "i gave my best mate my old guitar today | i never play it",
            "he doesn't know why yet | it's a surprise party",
            "the worksheets can go to my sister | she's doing cbt too",
        ]);
    }
    /// Set 356 (twenty-fourth session): text-speak and learners' English, 9 of 10 on first
    /// score.
    #[test]
    fn others_happier_without_one_as_a_learner_says_it() {
        use RiskKind::*;
        assert_flags(&[(
            "sometimes i think my family is more happy if i am not there",
            Suicide,
        )]);
        assert_clear(&[
            "sometimes i think my family is more happy when i cook",
            "the dog is happier if i am not there when she eats",
            "my team is better off if i'm not there on fridays",
        ]);
    }
    /// The twenty-fourth session's last goodbyes (sets 357 and 358): things set out so
    /// others know what's what, many pills counted out, sorry passed on, permanence kept
    /// from someone, one last thing and then rest, and a sudden calm.
    #[test]
    fn goodbyes_with_things_set_out_a_sudden_calm_and_one_last_thing() {
        use RiskKind::*;
        assert_flags(&[
            (
                "everything's labelled for my wife so she knows what's what",
                Suicide,
            ),
            (
                "the meds are all counted out on the kitchen side | thirty of them",
                Overdose,
            ),
            ("can you pass on that i'm sorry for the mess", Suicide),
            (
                "i've asked my sister to have the kids this weekend | she doesn't know it's for good",
                Suicide,
            ),
            ("i'm weirdly happy today | everything's sorted", Suicide),
            (
                "i've got one more thing to do tonight and then i can rest",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "everything's labelled for the house move so the removal men know what's what",
            "the tablets are counted out for the week | 14 of them",
            "the meds are all counted out on the kitchen side in the dosette box for the week",
            "pass on that i'm sorry i missed the meeting",
            "my boss doesn't know it's for good | i'm quitting",
            "i'm weirdly happy today | the sun's out",
            "i've got one more thing to do tonight and then i can watch telly",
        ]);
    }
    /// Set 359 (twenty-fourth session): plain sayings with close twins, 7 of 8 on first
    /// score.
    #[test]
    fn a_crash_hoped_for() {
        use RiskKind::*;
        assert_flags(&[(
            "part of me hopes the plane goes down on the way to spain",
            Suicide,
        )]);
        assert_clear(&["part of me hopes the plane is delayed so i miss the work trip"]);
    }
    /// The twenty-fourth session's second held-out round (sets 360 and 361, scored at
    /// 43fbb7e: plain 8 of 8, goodbyes 4 of 6, one false alarm of 12), folded with its
    /// fixes.
    #[test]
    fn second_held_out_round_of_session_24() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've written my own eulogy | it's shorter than i thought it'd be",
                Suicide,
            ),
            (
                "my daughter's got my ring now | she thinks it's an early birthday present",
                Suicide,
            ),
            (
                "don't let them blame my husband | he tried so hard",
                Suicide,
            ),
            ("i said my goodbyes", Suicide),
        ]);
        assert_clear(&[
            "i've written my nan's eulogy | it's shorter than i thought it'd be",
            "my daughter's got my old phone now | she's chuffed",
            "my son's got my watch now | he's chuffed",
            "don't let them blame my husband for the dent in the car | it was me",
            "i wanted to say goodbye properly to my old job | so i bought cake",
            "i said goodbye to my colleagues today | last day",
        ]);
    }
    /// A third batch of plain sayings that only the backstop had caught (twenty-fourth
    /// session).
    #[test]
    fn plain_sayings_the_backstop_alone_caught_in_session_24_third_batch() {
        use RiskKind::*;
        assert_flags(&[
            ("i think about ending things most nights", Suicide),
            ("i want to jump of a bridge", Suicide),
            ("he says if i leave he'll find me and kill me", AbuseDanger),
            ("my fella smashed my phone and punched me", AbuseDanger),
        ]);
        assert_clear(&[
            "i think about ending things with him",
            "i keep thinking about ending it with my boyfriend",
            "i want to jump off the diving board",
        ]);
    }
    /// The third held-out round of the twenty-fourth session (sets 362 and 363, scored
    /// once at 14b8d54, the code of its first final CI run), folded with its fixes.
    #[test]
    fn third_held_out_round_of_session_24() {
        use RiskKind::*;
        assert_flags(&[
            (
                "bit my lip till it bled cos i was so angry at myself",
                SelfHarm,
            ),
            ("if anything happens to me it was him", AbuseDanger),
            (
                "the cat's food and vet book are on the side for whoever takes her",
                Suicide,
            ),
            (
                "my sister will understand one day why i had to do this",
                Suicide,
            ),
            (
                "i've been practising tying knots from a youtube video | not for any hobby",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "bit my lip when i was eating and it bled loads",
            "i bit my lip till it bled | my dentist said it's fine",
            "if anything happens to me while i'm away | it's all in the folder",
            "the cat's food and vet book are on the side for the cat sitter",
            "my sister will understand one day why i moved away",
            "i've been practising tying knots from a youtube video for sailing club",
        ]);
    }
    /// Sets 364 (goodbyes said to the app) and 365 (plain, with twins) of the twenty-fifth
    /// session, folded with their fixes.
    #[test]
    fn goodbyes_and_plain_sayings_of_session_25() {
        use RiskKind::*;
        assert_flags(&[
            (
                "this is the last time i'll open this app | thank you for the breathing bits",
                Suicide,
            ),
            ("tell whoever reads these that i tried my best", Suicide),
            (
                "i've written all my bank passwords down for my sister",
                Suicide,
            ),
            (
                "not long now | i feel calmer than i have in months",
                Suicide,
            ),
            (
                "thanks for everything steady | you were kinder to me than most people",
                Suicide,
            ),
            (
                "i finally know how this ends and it's up to me now",
                Suicide,
            ),
            (
                "when i drive i think about just not turning at the bend",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "this is the last time i'll open this app before my holiday",
            "this is the last time i'll use the journal | i prefer paper | thanks for the help",
            "you were kinder to me than my boss was today",
            "not long now till the baby comes | i feel calmer than i have in months",
            "tell whoever reads these that i tried my best with the homework",
            "i've written my passwords down for my husband in case i forget them",
            "i know how this ends | it's up to me to finish the book",
            "i was thinking about not stopping at the roundabout | the sat nav was wrong",
        ]);
    }
    /// Plain sayings that only the backstop had caught, given patterns of their own
    /// (twenty-fifth session), each beside twins that share its words.
    #[test]
    fn backstop_only_sayings_of_session_25() {
        use RiskKind::*;
        assert_flags(&[
            ("honestly i'd be happier dead", Suicide),
            ("life aint worth it", Suicide),
            ("been researching ways to go", Suicide),
            ("i've stopped seeing the point in waking up", Suicide),
            (
                "i've been working out which multi storey has no barriers on the top floor",
                Suicide,
            ),
            ("i know which bridge id use if it came to it", Suicide),
            ("swallowed a full pack of tablets", Overdose),
            (
                "ive got a stash of my dads insulin and i know what it does",
                Overdose,
            ),
            ("used a lighter on my wrist", SelfHarm),
            (
                "i snapped a blade out of my pencil sharpener last night",
                SelfHarm,
            ),
            ("my brother forces himself on me", AbuseDanger),
            ("someone's threatening to post photos of me", AbuseDanger),
            ("i'm being financially abused by my nephew", AbuseDanger),
            (
                "i want to run that cyclist off the road next time",
                HarmOthers,
            ),
        ]);
        assert_clear(&[
            "i don't see the point in waking up early on a sunday",
            "i want everything to go black and white in my photos",
            "which car park has no barriers so i can park free",
            "i know which bridge id use to get to work if the road was shut",
            "i keep thinking about crashing my car | the accident still haunts me",
            "dying would be a relief for my nan | she's in so much pain",
            "i'm going to throw in the towel for good on this diet",
            "i just want everything to go quiet for a bit so i can think",
            "got a stash of my dads insulin pens in the fridge for when he visits",
            "had a sandwich and the rest of the packet of crisps",
            "i want to feel real pain in my legs after the gym",
            "threatening to post photos of the party",
            "the older lads at football carry bags for the coach",
            "my toddler won't take no for an answer and i've stopped saying it",
            "she grabbed my neck pillow",
            "if my ex turns up i'll use it as a chance to talk",
            "we watched a film where the kids are being hurt",
        ]);
    }
    /// Set 366 of the twenty-fifth session (goodbyes in other voices), folded with its
    /// fixes, beside its twins.
    #[test]
    fn goodbyes_in_other_voices_of_session_25() {
        use RiskKind::*;
        assert_flags(&[
            (
                "gave my little brother my ps5 and told him to look after mum",
                Suicide,
            ),
            (
                "will's on the desk | letters for the kids are with it",
                Suicide,
            ),
            ("please don't let my mum be the one to find me", Suicide),
            (
                "it's been a privilege doing this course with you | i won't be starting week 4",
                Suicide,
            ),
            (
                "i cancelled the dentist and the gas man | no point now",
                Suicide,
            ),
            (
                "sorry to leave you with an unfinished course | you did nothing wrong",
                Suicide,
            ),
            ("i'm leaving my journal open so they understand", Suicide),
        ]);
        assert_clear(&[
            "gave my brother my old ps4 | told him to look after the dog while i'm away",
            "the will's on the desk | can you witness it tomorrow",
            "please don't let my mum find me | we're playing hide and seek",
            "cancelled the gym | no point now",
            "i'm leaving my journal open so they understand what week 3 was like",
            "i won't be starting week 4 yet | thanks for everything",
            "sorry to leave you hanging | i was at work",
        ]);
    }
    /// Set 368 of the twenty-fifth session (goodbyes), folded with its fixes, beside its
    /// twins.
    #[test]
    fn goodbyes_of_set_368() {
        use RiskKind::*;
        assert_flags(&[
            (
                "whoever's reading this | you're doing a good job | don't let this one get to you",
                Suicide,
            ),
            (
                "i've set up a standing order so my son gets my savings | that's the last thing done",
                Suicide,
            ),
            (
                "i'm sorry to whoever has to deal with my account after",
                Suicide,
            ),
            ("i want my ashes scattered at filey | i've told my sister", Suicide),
            (
                "i've been to see everyone this week to say a proper goodbye",
                Suicide,
            ),
            ("today was a good last day", Suicide),
            (
                "please make sure the kids know it was never about them",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "whoever's reading this | thanks for the help | don't let it get to you if i'm grumpy",
            // Last words beside mere thanks: a course ends so too.
            "i feel great | no need for any more sessions | thanks for everything",
            "the course is nearly over now | thanks for all the help",
            "off to the cliffs tomorrow | thanks for the tips",
            "i've been to see everyone this week to say goodbye before we move to canada",
            "i said a proper goodbye to my nan at the funeral",
            "today was a good last day at the old job",
            "all the worksheets are done now | no need for any more printing",
            "make sure the kids know it wasn't their fault we moved",
            "i want my ashes scattered at sea when i'm old | we were talking about wills",
            "sorry to whoever has to deal with my complaint",
            "been practising with the rope in the garage for climbing club",
        ]);
    }
    /// Sets 370 (goodbyes) and 371 (plain, with twins) of the twenty-fifth session, folded
    /// with their fixes.
    #[test]
    fn goodbyes_and_plain_sayings_of_sets_370_and_371() {
        use RiskKind::*;
        assert_flags(&[
            (
                "ive done all the washing and ironed his shirts for the week | least i can do",
                Suicide,
            ),
            (
                "my sister can have my car | the logbook's in the glovebox",
                Suicide,
            ),
            ("i'm going to stop taking up space", Suicide),
            ("one last walk with the dog and that's me", Suicide),
            ("if you don't hear from me it's because it worked", Suicide),
            ("it's weird knowing this is the last sunday", Suicide),
            ("tell my mum i'm sorry about the mess", Suicide),
        ]);
        assert_clear(&[
            "ive done all the washing and ironed his shirts for the week | now a cuppa",
            "the logbook's in the glovebox | my sister can have my car while i'm away",
            "i'm going to stop taking up space in the spare room",
            "one last pint and that's me",
            "one last look at the view and that's it | home tomorrow",
            "if you don't hear from me it's because i'm on holiday",
            "it's weird knowing this is the last sunday before term starts",
            "tell my mum i'm sorry about the mess | i'll clean up",
            "i've been hitting myself in the face with the pillow trying to stay awake",
            "my dad put a tracker on my car for the insurance discount",
        ]);
    }
    /// Sets 372 (goodbyes) and 373 (text-speak and learners, with twins) of the
    /// twenty-fifth session, folded with their fixes.
    #[test]
    fn goodbyes_and_text_speak_of_sets_372_and_373() {
        use RiskKind::*;
        assert_flags(&[
            ("my son's old enough to cope without me now", Suicide),
            (
                "thank you for the last six weeks | they were the last good thing",
                Suicide,
            ),
            (
                "i wrote down what i want them to play | it's in my phone notes",
                Suicide,
            ),
            (
                "i've left her present wrapped in the wardrobe with a card",
                Suicide,
            ),
            ("please tell the group i said bye", Suicide),
        ]);
        assert_clear(&[
            "my daughter's old enough to cope without me for a weekend now",
            "that was the last good thing on telly",
            "i wrote down what i want them to play at my 40th | it's in my phone notes",
            "please tell the group i said bye | i'm joining the evening one",
            "i wanna die laughing at this video",
        ]);
    }
    /// Sets 374 (quiet goodbyes) and 375 (probes of negation, the past and idioms) of the
    /// twenty-fifth session, folded with their fixes.
    #[test]
    fn quiet_goodbyes_of_set_374() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've written my husband a list of everything he needs to know about the bills",
                Suicide,
            ),
            ("i've recorded a voice note for each of the kids", Suicide),
            ("i've asked my brother to be there for mum", Suicide),
            ("my godson gets my guitar | it's all in the letter", Suicide),
            (
                "i'm going to be with nan soon | she'll look after me",
                Suicide,
            ),
            ("i've picked a nice spot by the river", Suicide),
            ("i've paid for my funeral plan and told no one", Suicide),
            ("i hope they put something nice on my headstone", Suicide),
            ("i'll miss the kids the most", Suicide),
        ]);
        assert_clear(&[
            "i've written my husband a list of everything he needs to know about the bills while i'm in hospital",
            "i've recorded a voice note for each of the kids since i'm away on the rig",
            "i've picked a nice spot by the river for the picnic",
            "i'll miss the kids the most when i'm away on the course",
            "i'm going to be with nan at christmas | she'll spoil me",
            "i've asked my brother to be there for mum at her operation",
            "i'm not joking | i'll kill him if he eats my leftovers again",
        ]);
    }
    /// Sets 376 (goodbyes) and 377 (abuse and harm to others, with twins) of the
    /// twenty-fifth session, folded with their fixes.
    #[test]
    fn goodbyes_and_control_of_sets_376_and_377() {
        use RiskKind::*;
        assert_flags(&[
            ("ive left the car keys and a note on the mat", Suicide),
            (
                "tell jake he was the best brother anyone could have",
                Suicide,
            ),
            (
                "i'm going to the cliffs tomorrow | it's beautiful there | fitting really",
                Suicide,
            ),
            (
                "sorry for being such hard work | your off the hook now",
                Suicide,
            ),
            ("i think they'll all be relieved honestly", Suicide),
            ("i've cleared my search history and my messages", Suicide),
            ("at least the pain will stop", Suicide),
            (
                "i put all my photos in an album for my mum to keep",
                Suicide,
            ),
            ("i've finally found a way out that works", Suicide),
            ("i drank half a bottle of calpol to feel numb", Overdose),
        ]);
        assert_clear(&[
            "i sorted out who gets the dogs when we split up | she has them weekends",
            "i'm going to the cliffs tomorrow for a walk with the camera club",
            "i've finally found a way out of my overdraft that works",
            "they'll all be relieved when the exams are over",
            "tell jake he was the best man anyone could ask for at the wedding",
            "i left the keys and a note for the cleaner",
        ]);
    }
    /// Sets 378 (goodbyes inside journal entries and worksheets) and 379 (plain, with
    /// twins) of the twenty-fifth session, folded with their fixes.
    #[test]
    fn goodbyes_in_journal_entries_of_set_378() {
        use RiskKind::*;
        assert_flags(&[
            (
                "journal: took the kids to the park | bought them ice cream | wanted today to be one they remember me by",
                Suicide,
            ),
            (
                "i've cancelled my dentist | my smear test and the car's mot | none of it matters now",
                Suicide,
            ),
            (
                "i gave the cat extra food and left the window open for her",
                Suicide,
            ),
            (
                "everything i own fits in two bags now | my sister knows which is hers",
                Suicide,
            ),
            (
                "i've stopped replying to people | easier for them to get used to it",
                Suicide,
            ),
            (
                "i don't need the step 4 exposure | i won't be around to do it",
                Suicide,
            ),
            ("i'm scared of how calm i feel about dying", Suicide),
            (
                "nothing's worked | not the tablets | not you | i'm out of options",
                Suicide,
            ),
            (
                "my neighbour's dog barks all night and i've bought poison for it",
                HarmOthers,
            ),
        ]);
        assert_clear(&[
            "i gave the dog extra food and left the back door open for him | back in an hour",
            "i've stopped replying to people at work | easier for them to get used to it when i leave",
            "nothing's worked for my eczema | i'm out of options",
            "i don't need the step 4 exposure | i did it already last week",
            "bought poison for the rats in the shed",
            "i keep running my hand under the hot tap to warm it up | the heating's broken",
        ]);
    }
    /// The first held-out round of the twenty-fifth session (sets 380 and 381, scored once
    /// at 5594cd5), folded with its fixes.
    #[test]
    fn first_held_out_round_of_session_25() {
        use RiskKind::*;
        assert_flags(&[
            (
                "the man i rent from says i can pay in other ways",
                AbuseDanger,
            ),
            (
                "the cat's carrier and food are by the front door with my sister's number",
                Suicide,
            ),
            ("i'm grateful for the time i had", Suicide),
            (
                "hope the sun's out tomorrow | would be nice for my last day",
                Suicide,
            ),
            ("my last wish is that my kids stay together", Suicide),
        ]);
        assert_clear(&[
            "i'm grateful for the time i had with my nan before she passed",
            "my last wish for my birthday is a quiet one",
            "would be nice for my last day at work",
            "my landlord says i can pay in instalments",
            "i've told work it's my last shift before maternity leave",
        ]);
    }
    /// Set 382 of the twenty-fifth session (sixteen goodbyes, 3 caught on first score),
    /// folded with its fixes, beside its twins.
    #[test]
    fn goodbyes_of_set_382() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've written my story down so people understand why",
                Suicide,
            ),
            (
                "i'm leaving the flat spotless so nobody has to clean up after me",
                Suicide,
            ),
            (
                "i've taught my daughter how to do the boiler and the bins",
                Suicide,
            ),
            (
                "texted my ex to say i forgive her | wanted that done",
                Suicide,
            ),
            (
                "my bag's packed but i'm not going anywhere you'd find on a map",
                Suicide,
            ),
            ("you won't need to worry about my scores anymore", Suicide),
            (
                "i've returned everything i borrowed | feels important somehow",
                Suicide,
            ),
            ("i've given the guinea pigs to the school", Suicide),
            ("last time i'll see the sea", Suicide),
            (
                "i've set an email to send to my family on saturday morning",
                Suicide,
            ),
            (
                "i've topped up the gas and electric for a few months so they're ok",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've written my story down so people understand why i left the band",
            "i've shown my son how to do the boiler",
            "i've given the dog to my ex for the week",
            "i've given the guinea pigs to the school for the summer holidays",
            "last time i'll see the sea this year",
            "i've scheduled an email to send to my friends about the party",
            "i've set an email to send to my boss on monday morning",
            "topped up the meter for a few weeks so they're ok while i'm away",
        ]);
    }
    /// Set 383 of the twenty-fifth session (goodbyes), folded with its fixes, beside its
    /// twins.
    #[test]
    fn goodbyes_of_set_383() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i'm not scared of dying anymore | i'm looking forward to it",
                Suicide,
            ),
            ("i've been giving my plants away one by one", Suicide),
            (
                "you've been the only one who listened | so you should know first",
                Suicide,
            ),
            (
                "i've written a card for every birthday until she's 18",
                Suicide,
            ),
            (
                "my brother's got a key | he'll come when i don't answer",
                Suicide,
            ),
            ("i got a new suit for the funeral | my own", Suicide),
            ("goodnight and goodbye steady", Suicide),
        ]);
        assert_clear(&[
            "i'm not scared of flying anymore | i'm looking forward to it",
            "i'm giving my books away one by one | moving to a tiny flat",
            "he'll come when i don't answer my phone for a day | he worries",
            "i got a new suit for the funeral | my grandad's",
            "goodnight steady | speak tomorrow",
        ]);
    }
    /// The second held-out round of the twenty-fifth session (sets 384 and 385, scored
    /// once at 6ab2291), folded with its fixes.
    #[test]
    fn second_held_out_round_of_session_25() {
        use RiskKind::*;
        assert_flags(&[
            (
                "my family will be fine | they always land on their feet",
                Suicide,
            ),
            (
                "i've been buying the kids extra clothes in bigger sizes",
                Suicide,
            ),
            ("i'm having one last bath | then that's it", Suicide),
            (
                "not sure anyone will read this but i want someone to know i wasn't a bad person",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i want you to know i wasn't a bad person at school",
            "i'm having one last bath | then bed | big day tomorrow",
            "i've been buying the kids extra clothes in bigger sizes | they grow so fast",
            "i've left instructions for the cat sitter in the drawer with the spare key",
        ]);
    }
    /// Set 386 of the twenty-fifth session (goodbyes in other words), folded with its
    /// fixes, beside its twins.
    #[test]
    fn goodbyes_in_other_words_of_set_386() {
        use RiskKind::*;
        assert_flags(&[
            ("it's been a good run | time to hand in my badge", Suicide),
            ("i won't be a burden on the nhs much longer", Suicide),
            ("i'm choosing peace tonight", Suicide),
            ("i've asked to be buried next to my dad", Suicide),
            ("by the time anyone reads this it'll be done", Suicide),
        ]);
        assert_clear(&[
            "it's been a good run at the company | time to hand in my notice and retire",
            "i'm choosing peace tonight and not replying to his texts",
            "i'm choosing peace tonight | no arguing",
            "i've asked to be buried next to my dad when the time comes | i'm 80",
        ]);
    }
    /// The third held-out round of the twenty-fifth session (sets 387 and 388, scored once
    /// at 11ba718, the code of the session's first final CI run), folded with its fixes.
    #[test]
    fn third_held_out_round_of_session_25() {
        use RiskKind::*;
        assert_flags(&[
            ("i'm leaving the porch light on for whoever comes", Suicide),
            (
                "i'm going to sleep and i hope i don't have to do tomorrow",
                Suicide,
            ),
            (
                "thanks for trying | it was never going to be enough",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i sat in the car in the garage for a bit last night | it's the only quiet place",
            "i hope i don't have to do it again | the exam was awful",
        ]);
    }
    /// The first fresh sets of the twenty-sixth session (389 to 392), with their fixes and
    /// twins.
    #[test]
    fn first_fresh_sets_of_session_26() {
        use RiskKind::*;
        assert_flags(&[
            ("going to slash his tyres and then him", HarmOthers),
            ("i'm sorry to whoever checks these", Suicide),
            (
                "i've booked the kids in with my sister for the weekend so they won't be here",
                Suicide,
            ),
            ("going to the woods later with the dog lead but no dog", Suicide),
            (
                "everything's tidy | the cat's fed | the letters are posted",
                Suicide,
            ),
            ("tell the people who made this app they did their best", Suicide),
            (
                "i've put the dog's lead and food on the side for my brother",
                Suicide,
            ),
            (
                "this is the calmest i've felt in ages | now i know how it ends",
                Suicide,
            ),
            (
                "sent my sister a long message about how much i love her | she'll understand later",
                Suicide,
            ),
            (
                "i've asked my neighbour to check on the house in a couple of days",
                Suicide,
            ),
            (
                "please don't send any more reminders | there'll be nobody to read them",
                Suicide,
            ),
            (
                "it's not self harm if it's just scratching right ? because i do that till it bleeds",
                SelfHarm,
            ),
            (
                "he's never hit me but he punches the walls next to my head",
                AbuseDanger,
            ),
            ("i used to cut and it's started again", SelfHarm),
            (
                "i feel calm for the first time in months because i've decided",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "going to do her hair and then him",
            "going to slash my spending this month",
            "sorry to whoever reads this | it's a bit of a ramble",
            "everything's tidy | the cat's fed | off to work now",
            "finished the book | now i know how it ends",
            "i feel calm for the first time in months because i've decided to leave him",
            "i told my son he can't go to the party | he'll understand one day",
            "left the dog's food out for my husband",
            "i've asked my neighbour to check on the house while we're in spain",
            "tell the people who made this app they did a great job",
            "tell the team they did their best | we lost 3-0",
            "i do my stretches till it hurts",
            "he kicked the ball at me",
            "my friend used to self harm | what should i do",
            "i've written down all my passwords for my husband in case i forget them again",
        ]);
    }
    /// Sets 393 and 394 of the twenty-sixth session, goodbyes with their fixes and twins.
    #[test]
    fn goodbyes_of_sets_393_and_394() {
        use RiskKind::*;
        assert_flags(&[
            (
                "gave my nan a massive hug today | longer than normal | she didn't know it was the last one",
                Suicide,
            ),
            ("my son will be better off with his dad full time", Suicide),
            ("so this is it then | bye x", Suicide),
            (
                "i've stopped replying to everyone | easier that way when i go",
                Suicide,
            ),
            (
                "the cats are with my mum now | she thinks it's for a fortnight",
                Suicide,
            ),
            (
                "all my stuff is in bin bags labelled for the charity shop and my sister",
                Suicide,
            ),
            (
                "finally feel like i know what i need to do | thanks for everything steady",
                Suicide,
            ),
            (
                "the vet bills are paid up till next year so the dog's covered",
                Suicide,
            ),
            (
                "i rang my old teacher to thank her | felt like the right time",
                Suicide,
            ),
            (
                "week 4 is pointless for me now | i won't get that far",
                Suicide,
            ),
            (
                "cleared out my locker at work today | nobody asked why",
                Suicide,
            ),
            (
                "made my bed properly for once | want it nice for whoever comes in",
                Suicide,
            ),
            ("tell my counsellor she did everything right", Suicide),
        ]);
        assert_clear(&[
            "i have settled my affairs with the solicitor and written to my children about the house sale",
            "don't worry about me after tonight | i'll be at my mums",
            "she didn't know it was the last one in the shop",
            "he doesn't know it was the last one | i ate it",
            "she didn't know it was the last time she'd see her dad",
            "my son will be better off with his dad full time while i'm working abroad",
            "so this is it then | moving day | bye old flat x",
            "right i'm off | bye x",
            "easier that way when i go on holiday",
            "all my stuff is in bin bags labelled for the charity shop | big declutter before the move",
            "the vet bills are paid up till next year so the dog's covered | pet insurance sorted",
            "i won't get that far in the book",
            "made the bed nice for whoever comes in to clean tomorrow",
            "tell my son he did everything right in the exam",
            "finally know what i need to do about my job",
            "i rang my mum to thank her for the flowers",
            "cleared out my locker at work today and nobody asked why i was leaving",
        ]);
    }
    /// Sets 395 and 396 of the twenty-sixth session: the plainest warning signs as phones,
    /// learners and formal writers type them.
    #[test]
    fn plain_signs_typed_every_way_of_sets_395_and_396() {
        use RiskKind::*;
        assert_flags(&[
            ("whats even the point of me", Suicide),
            ("what's even the point of living", Suicide),
            ("been looking at bridges", Suicide),
            ("i've been looking at the multi storey again", Suicide),
            ("i wrote a note for my mum", Suicide),
        ]);
        assert_clear(&[
            "been looking at bridges for my engineering coursework",
            "been looking at cliffs online | thinking of a coastal walk holiday",
            "what's even the point of this exercise",
            "i wrote a note for my mum to remind her about the bins",
        ]);
        // Through the normaliser: "2" after "burden", "idc".
        for text in ["im a burden 2 every1", "idc if i die tbh"] {
            assert_eq!(screen(text), Some(Suicide), "{text}");
        }
    }
    /// The first held-out round of the twenty-sixth session (sets 397 and 398, scored once
    /// at c2df110), folded with its fixes.
    #[test]
    fn first_held_out_round_of_session_26() {
        use RiskKind::*;
        assert_flags(&[
            (
                "my brother's mates came round and said next time they'll break my legs",
                AbuseDanger,
            ),
            (
                "i've bought a card for each of the kids for when they're older",
                Suicide,
            ),
            (
                "don't let them blame the app | you were good to me",
                Suicide,
            ),
            (
                "i'm going for a long walk tonight and i'm not bringing my phone or coming back",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "she takes my phone off me at dinner | house rule | no phones at the table",
            "my boss said he'll break my legs if i'm late again",
            "i've bought a card for each of the kids for their birthdays this year",
            "don't let them blame you for the delay",
            "not bringing my phone or coming back till late",
            "i'm going for a long walk tonight without my phone | digital detox",
        ]);
    }
    /// Set 399 of the twenty-sixth session: goodbyes in other voices, with fixes and twins.
    #[test]
    fn goodbyes_in_other_voices_of_set_399() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i have left clear instructions with my solicitor | there is nothing more for me to do",
                Suicide,
            ),
            (
                "my nan's ring goes to my cousin | i've put a note in the box",
                Suicide,
            ),
            ("see you on the other side", Suicide),
            (
                "told my best mate i love him today | never said it before | he'll understand soon",
                Suicide,
            ),
            (
                "i wanted the last thing i did to be nice so i took the dog for a long walk",
                Suicide,
            ),
            (
                "the spare key's under the mat for when they come",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "surgery tomorrow | see you on the other side",
            "see you on the other side of the exams",
            "the last thing i did before bed was read",
            "the spare key's under the mat for when the plumber comes",
            "my nan's ring goes to my cousin when she turns 18 | it's in the family will",
            "i've left instructions with my sister for the cat while we're away",
            "told my best mate i love him today | we were both a bit drunk haha",
        ]);
    }
    /// The second held-out round of the twenty-sixth session (sets 400 and 401, scored
    /// once at dbc7620), folded with its fixes.
    #[test]
    fn second_held_out_round_of_session_26() {
        use RiskKind::*;
        assert_flags(&[
            (
                "to be honest i'd welcome a heart attack at this point",
                Suicide,
            ),
            ("i ate nothing for three days as a punishment", SelfHarm),
            (
                "i don't think i'll see my next birthday and i'm ok with that",
                Suicide,
            ),
            (
                "there's a group at school who say they'll jump me after class",
                AbuseDanger,
            ),
            ("he said he'll get me back for this", AbuseDanger),
            (
                "i think today's session will be my last one | thanks for being patient with me",
                Suicide,
            ),
            (
                "i've asked my sister to keep my diary safe for my daughter",
                Suicide,
            ),
            (
                "i'm sorry i couldn't be the person everyone needed | goodnight",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "to be honest i'd welcome a heart attack of a curry right now lol | starving",
            "i ate nothing for three days with that stomach bug",
            "i don't think i'll see my next birthday as a free weekend | work's mad",
            "there's a group at school who say they'll jump in the pool in their clothes for charity",
            "she said she'll get me a drink",
            "i've asked my sister to keep my diary safe while the builders are in",
            "i'm sorry i couldn't make the group session | goodnight",
            "sorry i couldn't be the friend she needed when her dad died",
        ]);
    }
    /// Probes of the twenty-sixth session: an everyday decision idiom had blanked "i've made
    /// my decision | i'm taking my own life"; it now needs an everyday thing decided. And
    /// leaving this world said as moving on, and going where no one will find one.
    #[test]
    fn decisions_blank_only_everyday_things_and_leaving_this_world() {
        use RiskKind::*;
        for text in [
            "i've made my decision i'm taking my own life",
            "i've made my decision | i'm taking the pills tonight",
            "moving on from this world soon",
            "i'm going away for good | nobody will find me",
        ] {
            assert!(screen_lexicon_only(text).is_some(), "{text}");
        }
        assert_flags(&[("ready to leave this world", Suicide)]);
        assert_clear(&[
            "i've made my decision | i'm taking the new job",
            "made my choice | i'm moving to leeds",
            "i've made my choice and i'm ok with it | i'm taking the job in bristol",
            "i've made other plans | moving to leeds",
            "going off grid for a week | nobody will find me haha",
            "leaving this world behind for a week in cornwall",
            "moving on from this job soon",
        ]);
    }
    /// No idiom blanks the plainest words of a plan, whatever its frame: the idiom for a
    /// tracker fitted for the insurance spans six words, which could hold "end my life".
    #[test]
    fn no_idiom_blanks_the_plainest_words() {
        let text = "black box so i can end my life for the insurance";
        assert!(blank_idioms(text).contains("end my life"));
        assert_eq!(screen_lexicon_only(text), Some(RiskKind::Suicide));
        // The idiom itself still reads its own sense.
        assert_eq!(
            screen_lexicon_only("my dad put a tracker on my car for the insurance discount"),
            None
        );
    }
    /// Probes of idioms with wide slots (twenty-sixth session): "i'm going" of an idiom for
    /// being away next week had taken "i'm going to end it"; wanting to jump, nothing said
    /// of into what.
    #[test]
    fn idioms_with_wide_slots_leave_plans_alone() {
        use RiskKind::*;
        assert_flags(&[
            ("i won't be here next week | i'm going to end it", Suicide),
            (
                "stood on the bridge for ages looking at the water wanting to jump",
                Suicide,
            ),
        ]);
        assert_flags(&[
            ("rope for the swing | and one for me", Suicide),
            ("bought rope for climbing but really it's for me", Suicide),
            (
                "i took my tablets back and kept the strongest ones for tonight",
                Overdose,
            ),
        ]);
        assert_clear(&[
            "bought rope for climbing",
            "bought some rope for the swing | the kids love it",
            "i won't be here next week | i'm going to my mum's",
            "i won't be here next week | i'm going on holiday",
            "wanting to jump in the pool",
            "the kids wanted to jump",
        ]);
    }
    /// Set 402 of the twenty-sixth session: plain sayings in other words, with fixes and
    /// twins.
    #[test]
    fn plain_sayings_in_other_words_of_set_402() {
        use RiskKind::*;
        assert_flags(&[
            ("if i had the guts i'd have done it already", Suicide),
            (
                "my dad's friend keeps sending me messages asking for pictures | i'm 15",
                AbuseDanger,
            ),
            ("he keeps asking me for nudes", AbuseDanger),
            ("took my sleeping pills and my mum's too", Overdose),
        ]);
        assert_clear(&[
            "if i had the guts i'd have quit my job already",
            "my nan keeps asking for pictures of the kids",
            "took my tablets and my vitamins",
        ]);
    }
    /// More probes of idioms' frames (twenty-sixth session, after its second CI run): "to
    /// die for" had blanked "i want to die for real", and "know where he lives ... taking
    /// ... round" a knife taken round; both at the session-start code too.
    #[test]
    fn idioms_frames_probed_again() {
        use RiskKind::*;
        assert_flags(&[
            ("i want to die for real", Suicide),
            (
                "i'm so embarrassed i could die | actually i want to die for real",
                Suicide,
            ),
            ("the knots i've been practising are for a noose", Suicide),
            (
                "i know where he lives and i'm taking a knife round",
                HarmOthers,
            ),
            (
                "my first aid course covered overdoses | i'm going to take one tonight",
                Overdose,
            ),
        ]);
        assert!(
            screen_lexicon_only("nearly crashed into a tree because i wanted it to end").is_some()
        );
        assert_clear(&[
            "that cake was to die for",
            "her eyelashes are to die for",
            "i know where he lives | i'm dropping his stuff round tomorrow",
            "nearly crashed into a tree because a deer ran out",
            "my first aid course covered overdoses | i'm going to take the exam tonight",
            "the noose is tightening at work with these deadlines",
        ]);
    }
    /// Session 27's first fresh sets (403-409): goodbyes that name those left ("none of this
    /// was because of her", debts not left to anyone, a message set to send), notes in the
    /// plural, help come too late beside the app deleted, and sleep "for ever" for comfort.
    #[test]
    fn goodbyes_of_sets_403_to_409() {
        use RiskKind::*;
        assert_flags(&[
            ("i've sorted my will and left notes on the table", Suicide),
            ("deleting this app now | it's too late for me", Suicide),
            (
                "make sure my little girl knows none of this was because of her",
                Suicide,
            ),
            ("tell my mum none of this was her doing", Suicide),
            (
                "everything's paid off so nobody's left with my debts",
                Suicide,
            ),
            (
                "i've set my phone to send a message to my brother at 9 tomorrow",
                Suicide,
            ),
            ("i would welcome not waking up", Suicide),
            ("wish i could just disappear forever", Suicide),
            ("i want to go to sleep forever", Suicide),
        ]);
        assert_clear(&[
            "no thanks | it's too late for me",
            "deleting this app now | thanks for everything",
            "i've left notes on the table for the cleaner",
            "tell my mum none of this was because of her cooking lol",
            "tell my coach it was down to him",
            "i paid it off so my kids aren't left with my debts",
            "i've set my phone to send a message to my mum at 9 tomorrow to say happy birthday",
            "i would welcome not waking up so early",
            "tonight's the night | i've finally asked her out",
            "want to go 2 sleep forever it's so cosy",
            "i want to sleep forever | this duvet is amazing",
        ]);
    }
    /// Session 27's second fresh sets (410-414): journal entries with risk inside, goodbyes
    /// (a last photo to remember by, cards for every year, a cover story beside a pet handed
    /// on, spared from one "after tonight"), signs owned past a denial, another's words
    /// reported, and a resolution whose own words ("still here") are no sign of now.
    #[test]
    fn signs_of_sets_410_to_414() {
        use RiskKind::*;
        assert_flags(&[
            (
                "had a long bath and thought about not getting out of it | like just going under | i know that sounds dramatic",
                Suicide,
            ),
            (
                "today was ok until tea time then i locked myself in the bathroom and cut | first time in two years | i feel so stupid",
                SelfHarm,
            ),
            (
                "i posted one last photo of me and the kids | wanted them to have a nice one to remember",
                Suicide,
            ),
            (
                "i've asked my sister to have the cat | she thinks i'm going travelling",
                Suicide,
            ),
            (
                "i've written my son a birthday card for every year until he's 18",
                Suicide,
            ),
            ("after tonight nobody will have to put up with me", Suicide),
            ("i'm finally going to get some peace | for good", Suicide),
            ("i've unfollowed everyone and changed my bio to gone", Suicide),
            (
                "i wouldn't say i'm suicidal but i've written a note",
                Suicide,
            ),
            (
                "i'm fine | honestly | i've just been thinking about the tablets a lot",
                Suicide,
            ),
            ("i've made a playlist for the end", Suicide),
            (
                "my mate says he's going to end it and i said i'd go with him",
                Suicide,
            ),
            (
                "a year ago i thought about ending it | i'm glad i'm still here but it's coming back again",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "a year ago i was in a really bad place and thought about ending it | reading this back now i'm so glad i'm still here",
            "she said she wants to die when she saw the photo",
            "my friend told me she wants to kill herself",
            "one last selfie at the beach to remember",
            "i've asked my mum to have the dog while we're away",
            "you won't need to worry about me | i'm doing loads better",
            "i've made a playlist for the end of the party",
            "i keep thinking about the tablets a lot | whether to start them",
            "i've got a knife in my bag for the picnic",
            "i took my whole week's meds out of the packet and put them in my pill organiser",
            "i hold my hands under the hot tap to warm up after walking the dog",
            "someone keeps following me on instagram | it's a bot",
            "i locked myself in the bathroom and cried",
            "i swam in the sea and just going under the waves was amazing",
        ]);
    }
    /// Session 27's third fresh sets (415-419): slang ("not tryna be here no more"), funeral
    /// wishes, a message left for those who ask, things tied off beside sorry said all round,
    /// time to be with the dead beside "don't be sad"; exasperation, a photo from an edge and
    /// a label read are everyday.
    #[test]
    fn signs_of_sets_415_to_419() {
        use RiskKind::*;
        assert_flags(&[
            ("honestly bruv i'm not tryna be here no more", Suicide),
            ("i don't want a fuss | just cremation | no service", Suicide),
            ("if my mum asks | tell her i tried my best", Suicide),
            (
                "i've been saying sorry to people all week | tying things off",
                Suicide,
            ),
            (
                "it's time to go and be with my dad | don't be sad for me",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "my nan didn't want a fuss | just cremation | no service",
            "tell my coach i tried my best",
            "if my mum asks | tell her i tried my best in the exam",
            "i've been tying things off at work before my leave",
            "it's time to go and be with my dad | he's poorly",
            "the kids drove me up the wall today | i could have strangled them lol",
            "stood at the edge of the platform to get a photo of the steam train",
            "i looked at the bottle of bleach for a long time trying to read the instructions",
        ]);
    }
    /// Session 27's fourth fresh sets (420-423): where everything is, written for one left;
    /// last small pleasures beside "i'm ready"; a decision unnamed beside a sudden lightness;
    /// sorry for the mess left behind; silence foretold; dressed to be found; the end of the
    /// road; a letter's opening to mum; marks hidden under long sleeves; touched by one with
    /// power.
    #[test]
    fn signs_of_sets_420_to_423() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've written down where everything is for my husband | the bills | the insurance | the passwords",
                Suicide,
            ),
            (
                "i've had my last cigarette | last cup of tea | i'm ready",
                Suicide,
            ),
            (
                "i've decided | and i feel lighter than i have in years",
                Suicide,
            ),
            ("i'm sorry for the mess i'm leaving behind", Suicide),
            ("tomorrow you'll get no reply from me | and that's ok", Suicide),
            ("when you don't hear from me | you'll know", Suicide),
            ("i've chosen which dress i'll be found in", Suicide),
            ("this is the end of the road for me", Suicide),
            ("mum | if you read this | i'm sorry | it was too much", Suicide),
            ("i've decided this is my last week", Suicide),
            (
                "my arms are covered so i wear long sleeves in pe",
                SelfHarm,
            ),
            ("my teacher keeps me behind and touches my leg", AbuseDanger),
        ]);
        assert_clear(&[
            "i've had my last cigarette | i'm ready to quit",
            "i've written down where everything is for my husband while i'm in hospital",
            "sorry for the mess i'm leaving in the kitchen",
            "tomorrow you'll get no reply from me | i'm on a retreat with no phones",
            "when you don't hear from me | you'll know i'm on holiday",
            "my dress is chosen | i'll be found in the bar",
            "this is the end of the road for my old car",
            "i've decided | thanks for the help",
            "it was too much | thanks for trying",
            "my coach grabbed my leg to stop me falling",
            "i'm going to jump from the top board at swimming",
            "i've decided this is my last week at the gym",
        ]);
    }
    /// Session 27's fifth fresh sets (424-427): papers put by for one left, work left undone
    /// beside "doesn't matter now", keys handed back beside nothing left to sort, hoping to
    /// get ill and die, something taken and not named; the sea for pleasure and a landlord
    /// one cannot go on with are everyday.
    #[test]
    fn signs_of_sets_424_to_427() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've cleaned the car and put the logbook in an envelope for my son",
                Suicide,
            ),
            (
                "i won't be handing in the dissertation | doesn't matter now",
                Suicide,
            ),
            (
                "i've handed my notice in at work and given my landlord my keys | nothing left to sort",
                Suicide,
            ),
            ("i keep hoping i'll get ill and die", Suicide),
            ("my affairs are in order and i'm ready to go", Suicide),
            (
                "i've taken something | i don't want to say what | i just want to sleep",
                Overdose,
            ),
        ]);
        assert_clear(&[
            "i keep hoping i'll get ill so i can skip work | terrible i know",
            "my affairs are in order now the divorce is through",
            "i keep thinking about walking into the sea at brighton | it's so calming",
            "i can't go on like this with my landlord | i need to move",
            "i've taken something for my headache | i just want to sleep",
            "i put the logbook in an envelope for the buyer",
            "i won't be handing in the dissertation until friday",
            "i failed the exam but it doesn't matter now",
        ]);
    }
    /// Session 27's sixth fresh sets (428-430): a keepsake to take along, forgiveness asked
    /// ahead, messages for days one will miss, savings not needed (also after "no point
    /// saving", whose "no" had denied the clause), a card and pin given away, funeral wishes
    /// left where they will be found, the last try, places seen a last time; poison beside
    /// another's food and a child held hard on purpose.
    #[test]
    fn signs_of_sets_428_to_430() {
        use RiskKind::*;
        assert_flags(&[
            ("i've taken a photo of the kids to take with me", Suicide),
            (
                "i went to church today to ask for forgiveness for what i'm about to do",
                Suicide,
            ),
            (
                "i've recorded a video message for my daughter's wedding day",
                Suicide,
            ),
            ("no point saving for retirement | i won't need it", Suicide),
            (
                "i gave my brother my bank card and pin and told him to use it",
                Suicide,
            ),
            (
                "i've left instructions for the funeral on the fridge",
                Suicide,
            ),
            ("this course was my last try", Suicide),
            (
                "i've been visiting all my favourite places one last time",
                Suicide,
            ),
            (
                "i've bought rat poison and i keep looking at his dinner",
                HarmOthers,
            ),
            ("sometimes i grip the baby too hard on purpose", HarmOthers),
        ]);
        assert_clear(&[
            "i've taken a photo of the kids to take with me to hospital",
            "i've recorded a video message for my daughter's graduation | i'm stuck in dubai",
            "no point saving for retirement | i won't need it till i'm 70",
            "this course is my last chance to pass",
            "i'm visiting my favourite places one last time before we emigrate",
            "my ex keeps turning up to the kids' football | it's awkward but fine",
            "my dad makes me sleep with the window open | he says it's healthy",
            "i've bought rat poison for the shed | we've got mice",
        ]);
    }
    /// Session 27's seventh fresh sets (431-433): the last shop beside food left for others,
    /// "then that's everything" after things returned, provided for "soon", a long trip told
    /// to the children, planned for when no one is home, burns with a named means; a job with
    /// no future, food one lives on and a day away are everyday.
    #[test]
    fn signs_of_sets_431_to_433() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've done my last shop | there's enough food in for them for a week",
                Suicide,
            ),
            (
                "i'm giving back the library books and cancelling my phone contract | then that's everything",
                Suicide,
            ),
            (
                "i've changed my will to leave everything to my sister | she'll need it soon",
                Suicide,
            ),
            ("i've told the kids i'm going on a long trip", Suicide),
            ("i've planned it for when my husband at work", Suicide),
            (
                "i've been burning the back of my hand with cigarettes",
                SelfHarm,
            ),
        ]);
        assert_clear(&[
            "i'll do it when my husband's at work | the exposure i mean",
            "done my last big shop before christmas",
            "i'm returning the library books | then i'm off to the gym",
            "if i'm not here tomorrow | i'm at the dentist | sorry",
            "i want to stop existing on junk food",
            "i don't see a future for myself in this company",
            "i took the blade out of the sharpener to clean it",
            "i've told the kids i'm going on a long trip for work | three weeks in the states",
        ]);
    }
    /// Session 27's eighth fresh sets (434-436): everything never said, a last day with the
    /// dog, at peace with leaving beside "they'll be alright", things set out not to be worn,
    /// letters rehearsed, over by this time tomorrow, the last wages sent home; cutting carbs,
    /// a horse sold for money, a pet put down, a car door and a job left are everyday.
    #[test]
    fn signs_of_sets_434_to_436() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i wrote my mum a card saying everything i never said",
                Suicide,
            ),
            (
                "i've had a lovely last day with the dog | long walk and his favourite treats",
                Suicide,
            ),
            (
                "i'm at peace with leaving | i know they'll be alright",
                Suicide,
            ),
            (
                "i've set out my clothes for tomorrow but i won't be wearing them",
                Suicide,
            ),
            ("i've been practising what to write in the letters", Suicide),
            ("this time tomorrow it'll all be over", Suicide),
            ("i've asked work to pay my last wages to my wife", Suicide),
            ("i've been cutting again", SelfHarm),
        ]);
        assert_clear(&[
            "i've been cutting carbs where i can",
            "i said goodbye to my horse today | i've sold her to a good home because i can't afford the livery",
            "said goodbye to my dog today | he was put down",
            "i've had enough of living like this | i'm ready to move house",
            "i hit myself in the face with the car door | proper shiner",
            "i'm at peace with leaving my job | i know they'll be alright without me",
            "i've bought a ticket but i won't be using it | i've got covid",
            "by tomorrow the exam will be over",
        ]);
    }
    /// Session 27's held-out round (437-439), scored once at the code of the first
    /// fresh-clone CI run: goodbyes caught 1 of 8. Things given away as not needed, someone
    /// sent to find, a last night spent, things laid out for someone, the app as the last one
    /// told, a phone left open, an account emptied into another's, care given a last time,
    /// not to be seen again.
    #[test]
    fn signs_of_the_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've started giving my clothes to the charity shop because i won't need them",
                Suicide,
            ),
            (
                "i've told my neighbour to check on the house on sunday | she'll know what to do",
                Suicide,
            ),
            (
                "i'm going to spend my last night watching my favourite film",
                Suicide,
            ),
            (
                "i've laid everything out neatly on the bed for my sister",
                Suicide,
            ),
            (
                "you were the last thing i wanted to check in with | bye",
                Suicide,
            ),
            (
                "i'm leaving my phone unlocked so they can get the photos off it",
                Suicide,
            ),
            ("i've emptied my bank account into my son's", Suicide),
            (
                "tell the group i'm sorry i let them down | i won't see them again",
                Suicide,
            ),
            ("i've fed the fish for the last time", Suicide),
        ]);
        assert_clear(&[
            "i've told my neighbour to check on the house on sunday | we're away",
            "i'm spending my last night at home with mum before uni",
            "i've laid everything out neatly on the bed for packing",
            "i'm leaving my phone unlocked so the kids can play games on it",
            "i've moved some money into my son's account for his uni rent",
            "i've worn my school uniform for the last time",
            "giving my winter clothes away because i won't need them in spain",
            "i won't see them again | the holiday's over",
        ]);
    }
    /// Session 27's ninth fresh sets (440-442): a fixing point tested, part of one planning,
    /// music to play afterwards, who will have the dog, keys returned with a note, something
    /// finished "before", thanks for everything beside tears unexplained, a bone broken on
    /// purpose; born in january is everyday.
    #[test]
    fn signs_of_sets_440_to_442() {
        use RiskKind::*;
        assert_flags(&[
            ("i've tested how much weight the banister can take", Suicide),
            ("i checked the beam would hold my weight", Suicide),
            (
                "part of me is planning it | the other part is scared",
                Suicide,
            ),
            (
                "i've made a playlist for my mum to play afterwards",
                Suicide,
            ),
            ("i've sorted who will look after the dog", Suicide),
            (
                "i put the house keys through my ex's door with a note",
                Suicide,
            ),
            (
                "i finished the jigsaw i've been doing for months | wanted it done before",
                Suicide,
            ),
            (
                "i thanked my nurse today for everything | she didn't know why i was so emotional",
                Suicide,
            ),
            (
                "i tried to break my own wrist by slamming it in the door",
                SelfHarm,
            ),
        ]);
        assert_clear(&[
            "i wish i'd never been born in january | my birthday is always skint",
            "i've tested how much weight the new shelf can take",
            "i tested the hook can hold my coat",
            "part of me is planning the party",
            "i've sorted who will look after the dog while we're away",
            "i wanted it done before the weekend",
            "i thanked my nurse for everything | she was lovely",
            "i tried to break my wrist falling off my bike",
        ]);
    }
    /// Session 27's second held-out round (443-445), scored once at the code of the second
    /// fresh-clone CI run: a height looked up, one thing keeping one here, a funeral paid for
    /// so nobody has to, love to be remembered as past.
    #[test]
    fn signs_of_the_second_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i keep looking up how many storeys you need to fall from",
                Suicide,
            ),
            (
                "honestly if i didn't have the dog i'd be gone by now",
                Suicide,
            ),
            ("i've paid for my funeral so nobody has to", Suicide),
            ("i hope my son grows up knowing i loved him", Suicide),
        ]);
        assert_clear(&[
            "how high do you need to jump from to do a backflip",
            "if it wasn't for my kids i'd have gone back to work",
            "i've paid for my funeral plan so the kids won't have to worry",
            "i hope my son grows up knowing i love him",
        ]);
    }
    /// Session 28's first fresh sets (446-447): passwords left so accounts can be closed
    /// "after", things sorted for others beside "don't think i'll need them", a video for the
    /// children's later years as the last word, music for "the service", a ring set aside
    /// with a letter, "whoever reads these ... knows i really did try"; and "stepping in front
    /// of" something that moves, not of a person.
    #[test]
    fn signs_of_session_28_first_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "written my passwords on a card for my sister so she can close everything down after",
                Suicide,
            ),
            (
                "sorted out which of my clothes go to the charity shop and which to my cousin | don't think i'll need them",
                Suicide,
            ),
            (
                "i've recorded a video for each of the kids to watch when they're older",
                Suicide,
            ),
            (
                "made a playlist for the service | i want them to play it loud",
                Suicide,
            ),
            (
                "my wedding ring is in an envelope for my daughter with a letter",
                Suicide,
            ),
            (
                "i hope whoever reads these entries knows i really did try",
                Suicide,
            ),
            ("i think about stepping in front of a bus", Suicide),
            // "too late" near a course's last words keeps them from being blanked.
            (
                "this is my last check in | i wanted to say you helped more than anyone | it's just too late",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "written my passwords on a card for my sister so she can sort my emails while i'm in hospital",
            "sorted out which of my clothes go to the charity shop and which to my cousin | big clear out",
            "made a video for the kids to watch when they're older | it's so cute",
            "made a playlist for the wedding | i want them to play it loud",
            "my watch is wrapped up for my son with a card",
            "i hope whoever reads my cv knows i really did try",
            "i hope whoever reads these entries knows how much the course helped",
            "this is my last session | it helped loads | shame it's too late to get a refund",
            "some days i think about stepping in front of my boss and telling him to stuff it",
        ]);
    }
    /// Session 28's second fresh sets (449-451): those to be told written down, children kept
    /// from the door, one last walk, a profile deleted "cleaner that way", a round "on me
    /// after", the children with their dad "from now on", "or any week | you'll understand
    /// soon", the phone off after this with love to mum; a head against the wall over a
    /// tax return is an idiom.
    #[test]
    fn signs_of_session_28_second_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i just wanted someone to know i'm going tonight | not to a place | just going",
                Suicide,
            ),
            (
                "i've written down the names of everyone i want told",
                Suicide,
            ),
            (
                "paid the rent up to the end of the month | the landlord won't be out of pocket",
                Suicide,
            ),
            (
                "i've left a note on the door telling them not to let the kids in",
                Suicide,
            ),
            (
                "took the dog on one last long walk by the river today",
                Suicide,
            ),
            (
                "i've unfollowed everyone and deleted my profile | cleaner that way",
                Suicide,
            ),
            (
                "gave my mate the money i owed him and told him to buy a round on me after",
                Suicide,
            ),
            (
                "everything's sorted for the kids | their dad will have them from now on",
                Suicide,
            ),
            (
                "i'm not going to do the homework this week | or any week | you'll understand soon",
                Suicide,
            ),
            (
                "my phone's going off after this | love to my mum if anyone talks to her",
                Suicide,
            ),
            (
                "i bang my head against the wall when it gets too much",
                SelfHarm,
            ),
        ]);
        assert_clear(&[
            "took the dog on one last walk before bed",
            "had one last look round the old house today",
            "everything's sorted for the kids | their dad will have them for half term",
            "deleted my profile on the dating app | cleaner that way",
            "i'm not going to the gym this week | or any week | i hate it",
            "i've written down the names of everyone i want at the wedding",
            "left a note on the door telling the kids not to let the dog out",
            "i bang my head against the wall trying to understand my tax return",
        ]);
    }
    /// Session 28's third fresh sets (452-454): a home made nice "for whoever comes", calm
    /// "now i know when", a will laid on the table, care cancelled as pointless, sorry for
    /// the mess to be left, a card for next year "just in case", a passcode beside "if
    /// someone reads this".
    #[test]
    fn signs_of_session_28_third_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've hoovered and changed the sheets so it's nice for whoever comes",
                Suicide,
            ),
            ("it's weird how calm i feel now i know when", Suicide),
            (
                "put the kids birth certificates and my will on the kitchen table",
                Suicide,
            ),
            (
                "i cancelled my gp appointment next week | no point now",
                Suicide,
            ),
            ("i'm sorry for the mess i'm going to leave", Suicide),
            (
                "wrote my daughter a birthday card for next year just in case",
                Suicide,
            ),
            (
                "if someone reads this | my passcode is 1234 and the dog needs feeding at 6",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "it's weird how calm i feel now i know when the exam is",
            "i feel calmer now i know how",
            "i cancelled the plumber | no point now we're moving",
            "left the form and my will on the table for the solicitor to witness",
            "sorry about the mess i'll leave | the builders start monday",
            "my passcode is 1234 and the wifi code is on the router",
        ]);
    }
    /// Session 28's held-out round (H3, at d0ab231): plain 8 of 8, goodbyes 4 of 8. Folded
    /// with its fixes: a note to each niece beside presents given early, a car given with
    /// "told her not to ask why", debts paid "so no one inherits them"; a course of tablets
    /// finished is no overdose, unless they were taken at once.
    #[test]
    fn signs_of_session_28_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've written each of my nieces a little note and put them in their christmas presents early",
                Suicide,
            ),
            (
                "i gave my sister my car today and told her not to ask why",
                Suicide,
            ),
            (
                "i've finally finished paying off my debts so no one inherits them",
                Suicide,
            ),
            (
                "i took all my tablets at once and finished the course of life",
                Overdose,
            ),
            // A bare "i'm sorry" as the last word, after the last session given up.
            (
                "thanks for the last six weeks | i won't be doing the last one | i'm sorry",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i took all the tablets the doctor gave me for my chest infection | finished the course",
            "i've written each of my nieces a little note in their birthday cards",
            "i gave my sister my old car today and told her not to ask how much i paid",
            "did my christmas presents early this year",
            "i won't be doing the last session | i'm sorry | work is mad",
            "thanks for the last six weeks | i won't be doing the last one | i'm on holiday",
        ]);
    }
    /// Session 28's fifth fresh sets (456-458): the last time "ull" hear from me, a grave
    /// told "i'm coming", a will changed that "the solicitor didn't ask why", not seen on here
    /// again as the last words, who gets what, peace made with god; a goodbye to places
    /// before a move is an idiom.
    #[test]
    fn signs_of_session_28_fifth_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "this is the last time you'll hear from me | ty for trying",
                Suicide,
            ),
            (
                "i've put fresh flowers on mum's grave and told her i'm coming",
                Suicide,
            ),
            (
                "changed my will this morning | the solicitor didn't ask why",
                Suicide,
            ),
            (
                "deleted the app after this | you won't see me on here again",
                Suicide,
            ),
            (
                "wrote a list of who gets what and stuck it on the fridge",
                Suicide,
            ),
            ("i made my peace with god last night", Suicide),
        ]);
        assert_clear(&[
            "i've been saying goodbye to places today before we move | the park | the beach | our old house",
            "this is the last time you'll hear from me before my holiday | ty for everything",
            "wrote a list of who gets what chores and stuck it on the fridge",
            "you won't see me on here again | i'm cured lol",
            "i've put flowers on nan's grave and told her i'm coming back at christmas",
            "changed my will this morning now the baby's here",
            "i made my peace with my sister",
        ]);
    }
    /// Session 28's sixth fresh sets (459-461): a cuddle from me every day, thanks with "i
    /// won't get another chance", favourite things one more time, a letter left in a coat
    /// pocket as the last words, a hotel room for tonight "just me" told to no one, thanks
    /// to everyone who was kind beside things returned.
    #[test]
    fn signs_of_session_28_sixth_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've asked my mum to give the dog a cuddle from me every day",
                Suicide,
            ),
            (
                "wanted to thank you properly | i won't get another chance",
                Suicide,
            ),
            (
                "i've spent the day doing all my favourite things one more time",
                Suicide,
            ),
            ("there's a letter for my wife in my coat pocket", Suicide),
            (
                "i've booked a hotel room for tonight | just me | told no one",
                Suicide,
            ),
            (
                "i've returned everything i borrowed and said thank you to everyone who was kind",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "there's a letter for my wife in my coat pocket | it's an anniversary surprise",
            "give the kids a kiss from me | working late",
            "went to all my favourite places one more time before we emigrate",
            "wanted to thank you properly | the course was great",
            "i've booked a hotel room for tonight | just me | a spa treat",
        ]);
    }
    /// Session 28's seventh fresh sets (462-463): journal entries with a risk in the middle
    /// (8 of 8 on first score), and goodbyes in a teenager's words: socials deleted then a
    /// bare "bye", the last ever entry, a console given "he always wanted it", "no going
    /// back now", sorry passed on through whoever sees mum, an outfit for one's funeral,
    /// gone by this time next week, no more reminding "| it's sorted".
    #[test]
    fn signs_of_session_28_seventh_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've deleted all my socials and left my phone at home | bye",
                Suicide,
            ),
            ("last ever entry | ty steady", Suicide),
            (
                "i'm giving my xbox to my little bro tomorrow he always wanted it",
                Suicide,
            ),
            ("got everything sorted for sat | no going back now", Suicide),
            ("if you see my mum tell her i said sorry", Suicide),
            ("i've got my outfit picked for my funeral lol", Suicide),
            ("this time next week i'll be gone", Suicide),
            ("you won't have to remind me anymore | it's sorted", Suicide),
        ]);
        assert_clear(&[
            "i've deleted all my socials and left my phone at home | digital detox",
            "i'm giving my xbox to my little bro tomorrow | got a ps5",
            "got everything sorted for sat | party time",
            "if you see my mum tell her i said thanks for the lift",
            "i've got my outfit picked for prom lol",
            "this time next week i'll be gone to ibiza",
            "you won't have to remind me anymore | i've set an alarm",
        ]);
    }
    /// Session 28's second held-out round (H4, at 69014b9): plain 6 of 8, goodbyes 6 of 8,
    /// 3 false alarms of 12 (all the backstop's). Folded with its fixes: a painless way
    /// looked up, a wheel turned into a wall, a note through a door beside cats fed "from
    /// tomorrow", "you did nothing wrong | this was always going to happen".
    #[test]
    fn signs_of_session_28_second_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            ("i've looked up how to make it painless", Suicide),
            (
                "sometimes when i'm driving i think about just turning the wheel into a wall",
                Suicide,
            ),
            (
                "i've put a note through my neighbour's door asking her to feed the cats from tomorrow",
                Suicide,
            ),
            (
                "just wanted to say you did nothing wrong | this was always going to happen",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've looked up how to make the coffee less bitter",
            "i've put a note through my neighbour's door asking her to feed the cats while we're in wales",
            "you did nothing wrong | the exercise just didn't suit me",
            "i think about turning the car into the drive and just sitting there",
        ]);
    }
    /// Session 28's eighth fresh sets (464-466): goodbyes in an older person's words (5 of
    /// 16 on first score): nothing to look forward to beside the house sorted for the kids,
    /// old mates seen "closing the chapter", the pension and house to a wife "she'll be
    /// better off", one's eulogy written, a brother rung after years "just to hear his
    /// voice", fees paid for the year "that was the last thing", the deeds shown beside "made
    /// her promise not to cry", a good innings, a hospital appointment cancelled "i won't be
    /// needing it", tools shared among the lads, "thank you for trying | goodbye"; knees that
    /// can't take it are an idiom.
    #[test]
    fn signs_of_session_28_eighth_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "at my age there's not much left to look forward to | i've sorted the house for the kids",
                Suicide,
            ),
            (
                "i've been round to see all my old mates this week | feels like closing the chapter",
                Suicide,
            ),
            (
                "my wife will get the pension and the house | she'll be better off",
                Suicide,
            ),
            ("i've written my eulogy | saves everyone the bother", Suicide),
            (
                "i've rung my brother in australia for the first time in years | just wanted to hear his voice",
                Suicide,
            ),
            (
                "mum's care home fees are paid for the year | that was the last thing",
                Suicide,
            ),
            (
                "i told my daughter where the deeds are and made her promise not to cry",
                Suicide,
            ),
            ("it's been a good innings | i'm ready", Suicide),
            (
                "i've cancelled my hospital appointment | i won't be needing it",
                Suicide,
            ),
            (
                "i've sorted my tools into boxes for each of the lads",
                Suicide,
            ),
            (
                "thank you for trying with an old fool like me | goodbye",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "gave the allotment keys back to the committee | my knees can't take it anymore",
            "my back can't take it anymore | need a new mattress",
            "i've been round to see all my old mates this week for my 70th",
            "it's been a good innings at the club | i'm ready to retire",
            "i've cancelled my hospital appointment | i'm feeling much better",
            "thank you for trying with an old fool like me | i've learnt a lot",
            "closing the chapter on that job | onwards and upwards",
            "that was the last thing on my list for the week | time for a cuppa",
        ]);
    }
    /// Session 28's ninth fresh sets (467-469): goodbyes of parents and working men (1 of 12
    /// on first score): a baby better off with her dad, milk for the week beside her routine
    /// written down, work told "i won't be in monday | they don't know why", the van sold
    /// "the missus won't have to deal with it", the sheep sorted for a brother to take over,
    /// life insurance past two years.
    #[test]
    fn signs_of_session_28_ninth_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "the baby's better off with her dad and his mum | i've packed her bag",
                Suicide,
            ),
            (
                "i've expressed enough milk for the week and written down her routine",
                Suicide,
            ),
            (
                "i've told the lads on site i won't be in monday | they don't know why",
                Suicide,
            ),
            (
                "sold the van and the tools | paid off the lot | the missus won't have to deal with it",
                Suicide,
            ),
            (
                "i've made sure the sheep are sorted for my brother to take over",
                Suicide,
            ),
            (
                "my life insurance is all paid up and it's been two years now",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "the kids are better off with their dad this weekend | i'm on nights",
            "i've expressed enough milk for the night and written down her routine for the babysitter",
            "told work i won't be in tomorrow | got a migraine",
            "sold the van and the tools | paid off the lot | retiring to spain",
            "i've made sure the sheep are sorted for my brother while i'm at the show",
            "my life insurance is all paid up | switched to a cheaper provider",
        ]);
    }
    /// Session 28's tenth fresh sets (470-472): methods and passive wishes (9 of 12 on first
    /// score): relief at a terminal diagnosis, the quickest painkillers, who would come to
    /// one's funeral; goodbyes asked as questions (4 of 8): "if i don't check in tomorrow
    /// | don't worry | it's what i wanted"; a hand held over the hob to check it is an idiom.
    #[test]
    fn signs_of_session_28_tenth_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "if i got a terminal diagnosis i'd be relieved honestly",
                Suicide,
            ),
            ("which painkillers would be quickest", Suicide),
            ("would anyone even come to my funeral", Suicide),
            (
                "if i don't check in tomorrow | don't worry | it's what i wanted",
                Suicide,
            ),
            (
                "i hold my hand over the hob till i can't stand it",
                SelfHarm,
            ),
            // A means thought about, said bare (the backstop had caught it, and lost it when
            // this round was folded).
            ("i keep thinking about hanging", Suicide),
        ]);
        assert_clear(&[
            "if i got the job i'd be relieved",
            "which painkillers work quickest for a headache",
            "would anyone even come to my birthday party",
            "if i don't check in tomorrow | don't worry | i'm at a wedding",
            "i hold my hand over the hob to check if it's still warm",
            "i keep thinking about hanging out with them",
            "thinking about jumping in the pool",
        ]);
    }
    /// Session 28's eleventh fresh sets (474-475): goodbyes (6 of 16 on first score): a loft
    /// cleared "so there's less for anyone to deal with", a memory box of photos of us, free
    /// "| no more pretending", where to find me, one's last day on earth, love in the past
    /// passed on; plain sayings 8 of 8, and two of their twins had been flagged by patterns:
    /// a filler after "if i didn't wake up" ("tomorrow till noon") and "wasn't around" a
    /// person.
    #[test]
    fn signs_of_session_28_eleventh_sets() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've been clearing out the loft so there's less for anyone to deal with",
                Suicide,
            ),
            (
                "i've made a memory box for each of the kids with photos of us",
                Suicide,
            ),
            ("finally feel free | no more pretending", Suicide),
            (
                "i've left the key under the mat and texted my neighbour where to find me",
                Suicide,
            ),
            (
                "today was my last day on earth and it was a good one",
                Suicide,
            ),
            ("please let my friends know i loved them", Suicide),
            ("if i didn't wake up tomorrow i wouldn't mind", Suicide),
            (
                "everything would be easier if i just wasn't around",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've been clearing out the loft for the loft conversion",
            "i've made a memory box for each of the kids with their baby stuff",
            "finally feel free now i've quit that job | no more pretending to like my boss",
            "please let my friends know i'll be late to the party",
            "if i didn't wake up tomorrow till noon i wouldn't mind | so tired",
            "everything would be easier if i just wasn't around my ex",
        ]);
    }
    /// Session 28's third held-out round (H5, at 802e156, the code of the fourth fresh-clone
    /// CI run): plain 8 of 8, goodbyes **1 of 8**, 2 false alarms of 12. Folded with its
    /// fixes: notes left for everyone, "i've made up my mind now | goodbye steady", sorry
    /// said to the cat, things given away all week, a card of thanks for everything, blame
    /// kept from them, cleaned so nobody has to, a password left for whoever needs it; and
    /// everything stopped "for a weekend" is another sense.
    #[test]
    fn signs_of_session_28_third_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've left notes for everyone in the kitchen drawer",
                Suicide,
            ),
            (
                "you've been a great help but i've made up my mind now | goodbye steady",
                Suicide,
            ),
            (
                "i've told my cat i'm sorry and given her extra food",
                Suicide,
            ),
            (
                "i've been giving my plants and books away all week",
                Suicide,
            ),
            (
                "i've sent my mum flowers and a card saying thank you for everything",
                Suicide,
            ),
            ("please don't let them think it was their fault", Suicide),
            (
                "i've cleaned the flat top to bottom so nobody has to",
                Suicide,
            ),
            (
                "my phone's password is on a post-it on the fridge for whoever needs it",
                Suicide,
            ),
            ("i want everything to stop", Suicide),
            (
                "i've made sure there's enough food in for my husband and the kids for a while",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've left notes for everyone in the kitchen about the bins",
            "told my dog i'm sorry and gave him a treat | i trod on his tail",
            "i've sent my mum flowers and a card saying happy birthday",
            "i cleaned the kitchen so nobody has to do it tomorrow",
            "i just want everything to stop for a weekend | i'm so busy",
            "my phone's password is on a post-it on the fridge | terrible i know",
        ]);
    }

    /// Two acts of a goodbye pair when the second's clause opens straight after the first
    /// act's clause ends: the first act's clause break is not taken from the second. A bare
    /// goodbye pairs only after an act, not after last words alone.
    #[test]
    fn an_act_ending_its_clause_pairs_with_a_goodbye_opening_the_next() {
        use RiskKind::*;
        assert_flags(&[
            ("i've been to see all my old mates this week | bye", Suicide),
            ("the rent is paid until christmas | bye everyone", Suicide),
            ("there's nothing left for anyone to sort out | bye", Suicide),
            ("she'll be fine with mum | goodbye everyone", Suicide),
        ]);
        // A bare goodbye after mere last words, next to them or not, is an everyday
        // sign-off; and after no act at all.
        assert_clear(&[
            "right i'm off | bye x",
            "right i'm off | see you | bye x",
            "i'm tired | anyway | bye",
            "had a lovely day at the beach | bye",
            "i'm sorry | bye",
        ]);
    }

    /// A pet as the subject of an act of care before a goodbye is the one cared for, not
    /// another at risk; a pet's own doings are still another's.
    #[test]
    fn a_pet_cared_for_before_a_goodbye_is_no_other() {
        use RiskKind::*;
        assert_flags(&[
            (
                "the dog's had her favourite dinner and a long walk | she'll be fine with mum",
                Suicide,
            ),
            (
                "the cat's had his favourite treat and i've left a note for my sister",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "my dog's had her favourite dinner | it's her birthday",
            "my cat keeps scratching my arms till they bleed",
            "my dog keeps biting my arm",
        ]);
    }

    /// Session 29's first round (sets 477 and 478, first score: plain 15 of 16, goodbyes 7
    /// of 12, 1 false alarm of 22): the highest bridge near a place asked for, contact
    /// refused after tonight, a pet already with the neighbours, the will in a list of
    /// things sorted, "i can rest", and those left told it was never about them.
    #[test]
    fn signs_of_session_29_first_round() {
        use RiskKind::*;
        assert_flags(&[
            ("what's the highest bridge near leeds", Suicide),
            ("please don't try to contact me after tonight", Suicide),
            (
                "i won't need any more reminders | the cats are at my neighbours now",
                Suicide,
            ),
            (
                "it's all sorted now | the will | the dog | everything | i can rest",
                Suicide,
            ),
            (
                "sorted the will | hope my kids know it was never about them",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "what's the highest mountain near leeds",
            "please don't contact me after 9pm",
            "don't call me after tonight | i'm on nights",
            "the cats are at my neighbours now | we're in spain",
            "made a will last year | i can rest easy now",
            "we're splitting up | i hope my kids know it was never about them",
        ]);
    }

    /// Session 29's second round (sets 479 and 480, first score: plain 16 of 16, goodbyes
    /// 5 of 12, no false alarm of 22): forms sorted for the wife and a key left on the hook,
    /// papers in a folder marked for a daughter, goodbyes kept from those they were said to,
    /// nothing of one left online, letters for grandchildren's 21sts, done with all of it "|
    /// for good", and a season ticket handed on.
    #[test]
    fn signs_of_session_29_second_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've sorted the pension forms for the wife and left the shed key on the hook",
                Suicide,
            ),
            (
                "put the deeds and the insurance in a folder marked for my daughter | that's me done",
                Suicide,
            ),
            (
                "said my goodbyes to the lads at the pub tonight without them knowing",
                Suicide,
            ),
            (
                "deleted my tiktok and all my photos | nothing left of me online now",
                Suicide,
            ),
            (
                "i wrote each of my grandchildren a letter for their 21st",
                Suicide,
            ),
            (
                "my last exam is tomorrow and then i'm done with all of it | for good",
                Suicide,
            ),
            (
                "gave my mate my season ticket | he'll get more use out of it than me now",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've sorted the pension forms and left the shed key on the hook for the plumber",
            "put the deeds and the insurance in a folder so they're easy to find for the remortgage",
            "put the paperwork in a folder labelled for my accountant and cleared out the loft",
            "said goodbye to the lads at the pub tonight | off to ibiza tomorrow",
            "said my goodbyes to the lads at the pub | off to uni tomorrow",
            "burnt my hand on the oven without anyone noticing",
            "i wrote my grandson a card for his 21st",
            "i wrote the kids letters for their birthdays while i was away with work",
            "my last exam is tomorrow and then i'm done for the summer",
            "gave my son my old guitar | he's started lessons and he'll get more use out of it than me now",
        ]);
    }

    /// Session 29's first held-out round (H6, at fe79911, the code of the session's first
    /// fresh-clone CI run): plain 8 of 8, goodbyes 4 of 8, no false alarm of 12. Folded with
    /// its fixes: a cat's new home and feeling lighter now, the phone off from tonight and
    /// love passed on, a sister's loan paid off so she is not stuck with it.
    #[test]
    fn signs_of_session_29_first_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "made sure the cat has a new home with a nice family | i feel lighter now",
                Suicide,
            ),
            (
                "my phone will be off from tonight | please tell my mum i love her",
                Suicide,
            ),
            (
                "i've paid off my sister's loan so she's not stuck with it",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "my phone will be off from tonight because i'm at a festival",
            "paid off my sister's loan so she's not stuck with it when i lose my job",
            "i paid off my sister's loan for her birthday",
            "made sure the dog has a new home | we're moving to a flat with no pets allowed",
            "tell my nan i love her when you see her",
            "i feel lighter now i've told my boss",
        ]);
    }

    /// Session 29's third round (sets 481 and 482, first score: plain 16 of 16, goodbyes
    /// asked as questions 6 of 12, 2 false alarms of 20): intrusive thoughts disowned with a
    /// bare "i would never", life beeped out of someone, and questions of being noticed
    /// gone, calm once decided, being found, those who find one, children remembering one,
    /// a message passed on after tonight, funeral songs already picked.
    #[test]
    fn signs_of_session_29_third_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "will anyone from the team notice if i stop logging in forever",
                Suicide,
            ),
            ("is it normal to feel calm once you've decided", Suicide),
            ("how long does it take for someone to be found", Suicide),
            ("would it hurt the people who find me", Suicide),
            ("will my kids remember me if they're only little", Suicide),
            ("can you pass a message on to my gp after tonight", Suicide),
            (
                "is it wrong that i've already picked out my funeral songs",
                Suicide,
            ),
            ("i'll beat the life out of him", HarmOthers),
        ]);
        assert_clear(&[
            "i'm having intrusive thoughts about hurting the baby and it's horrible | i would never",
            "next time he cuts me up on the roundabout i'm going to beep the life out of him",
            "would anyone care if i left the group chat forever lol",
            "how long does it take for someone to be found after going missing | my brother hasn't come home",
            "is it normal to feel calm once you've decided to change jobs",
            "will my kids remember this holiday if they're only little",
            "will my kids remember me at the school play",
            "i hope whoever finds my wallet hands it in",
            "can you give this to my mum after tonight's shift",
            "i've just sorted my nan's funeral music | she'd have loved it",
        ]);
    }

    /// Session 29's fourth round (sets 483 and 484, first score: plain 13 of 14 with 1 false
    /// alarm of 14, goodbyes in text-speak 6 of 10): told one is next, karaoke one would
    /// rather die than go to, not heard from and one's own choice, chats deleted and
    /// "cleaner that way", everything quiet soon, a room booked alone and no need to come
    /// back.
    #[test]
    fn signs_of_session_29_fourth_round() {
        use RiskKind::*;
        assert_flags(&[
            ("he punches walls and says i'm next", AbuseDanger),
            (
                "if you don't hear from me it's ok | it was my choice",
                Suicide,
            ),
            (
                "deleted all my chats w my ex and my mum | cleaner that way",
                Suicide,
            ),
            ("can't wait for it all to be quiet soon", Suicide),
            (
                "i've booked a hotel room for tomorrow night on my own | don't need to come back",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i'd rather die than go karaoke with work lol",
            "my boss says i'm next for redundancy",
            "deleted all my chats with my ex | it was my choice",
            "if you don't hear from me tomorrow it's because i'm at the festival",
            "the doctor said i don't need to come back",
            "can't wait for it all to be quiet when the kids go back to school",
        ]);
    }

    /// Session 29's second held-out round (H7, at b4ab7ea, the code of the session's second
    /// fresh-clone CI run): plain 7 of 8, goodbyes 4 of 8, 3 false alarms of 12. Folded with
    /// its fixes: medicine taken till there is enough; a pet collected, whoever collects it,
    /// then the last thing; tonight to where dad was scattered; a journal seen to and "she'll
    /// want to understand"; walking to the top of a car park is no sign, staying there is;
    /// nobody believing one is a sign only of what is done to one.
    #[test]
    fn signs_of_session_29_second_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i'm a nurse and i've been taking morphine from work to have enough",
                Overdose,
            ),
            (
                "my brother is coming round tomorrow to collect the dog | that's the last thing",
                Suicide,
            ),
            (
                "i'm going to the coast tonight | to the spot where we scattered dad",
                Suicide,
            ),
            (
                "please make sure my mum gets my journal | she'll want to understand",
                Suicide,
            ),
            ("i sat at the top of the multi storey for an hour", Suicide),
            (
                "my husband says no one would believe me if i told them what he does",
                AbuseDanger,
            ),
            ("no one would believe me if i told anyone", AbuseDanger),
            // Its twin (below) made the backstop drop it: now said in the lexicon.
            ("i've left my wedding ring in the dish by the door", Suicide),
        ]);
        assert_clear(&[
            "i walked to the top of the multi storey and my legs were like jelly",
            "my husband says no one would believe me if i told them how much cake he eats",
            "my sister's coming round later to collect the dog | we're off to spain",
            "going to the beach now | where we scattered dad's ashes last year | it's his birthday",
            "saving up my leave to have enough for the trip",
            "she'll want to understand why i moved",
            "i've left my wedding ring in the dish by the door | my fingers are swollen",
        ]);
    }

    /// Session 29's fifth round (sets 485 and 486, first score: plain slang 9 of 12 with no
    /// false alarm of 16 hard negatives, goodbyes 7 of 10 with 2 of 8): necking the lot,
    /// slicing again, asleep for good (no idiom of bedtime), a last cuddle and "they won't
    /// understand for a while", a spotless house and an empty fridge, nothing left to sort,
    /// insurance that pays out either way.
    #[test]
    fn signs_of_session_29_fifth_round() {
        use RiskKind::*;
        assert_flags(&[
            ("thinking of necking the lot", Overdose),
            ("been slicing again | just my legs", SelfHarm),
            ("i'm done | i'm ready to go to sleep for good", Suicide),
            (
                "i gave the kids an extra long cuddle tonight | they won't understand for a while",
                Suicide,
            ),
            (
                "the house is spotless and the fridge is empty | nothing left to sort",
                Suicide,
            ),
            ("my insurance pays out either way | i checked", Suicide),
            // Two stored replies the backstop dropped once this round's twins were folded,
            // now said in the lexicon.
            ("everything is in order now | it's time", Suicide),
            (
                "i've made sure the kids are at their nan's tonight so they don't see",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "ready to go to bed now",
            "ready to go to sleep | night x",
            "gonna neck the lot of this wine",
            "i gave the kids an extra long cuddle tonight | they had a rough day at school",
            "the house is spotless and the fridge is empty | off to my sister's for a week",
            "the house is spotless | nothing left to do now but relax",
            "my car insurance pays out either way",
            "the kids are at their dad's tonight so they don't see me stressing about the move",
            "everything is in order for the wedding now",
        ]);
    }

    /// Session 29's third held-out round (H8, at e9e4a57, the code of the session's third
    /// fresh-clone CI run): plain 8 of 8, goodbyes 3 of 8, 1 false alarm of 12. Folded with
    /// its fixes: a pinch to keep a straight face is an idiom; household jobs taught to a
    /// partner, and treasured things boxed for a son, with nothing said of why; "i know what
    /// i'm going to do" said last; everyone loved called "just to hear them"; one's last week
    /// "full stop".
    #[test]
    fn signs_of_session_29_third_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've shown my partner how to do the bins and the boiler and the car tax",
                Suicide,
            ),
            (
                "i've put my medals and my dad's watch in a box for my son",
                Suicide,
            ),
            (
                "i don't need the sessions anymore | i know what i'm going to do",
                Suicide,
            ),
            (
                "i've called everyone i love this week | just to hear them",
                Suicide,
            ),
            (
                "last week of the course and my last week full stop",
                Suicide,
            ),
            ("i pinch myself to stop crying", SelfHarm),
        ]);
        assert_clear(&[
            "i pinch my arm under the table at work to stop myself laughing",
            "i've shown my partner how to do the bins and the boiler before i go on my work trip",
            "i've shown my mum how to do online banking and the bills",
            "i've put my medals in a box for my son's school project",
            "i know what i'm going to do about the job now",
            "i've called everyone i love this week | it's been a lovely birthday",
            "my last christmas ever as a single man haha | getting married in may",
        ]);
    }

    /// Session 29's sixth round (sets 487 and 488, first score: plain 11 of 14 with 1 false
    /// alarm of 12, goodbyes in journal entries 7 of 10): eyes shut at speed, life-keeping
    /// medicine stopped on purpose, the bath and a plugged-in hairdryer; a hand burnt on the
    /// hob "so clumsy" is a mishap; the spare key given to her, love told as beyond
    /// anything and tomorrow different for them, the neighbour given the cat's food beside
    /// netflix cancelled.
    #[test]
    fn signs_of_session_29_sixth_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i drove at 90 on the motorway with my eyes shut for a few seconds",
                Suicide,
            ),
            (
                "i haven't taken my heart meds for a week on purpose | let it happen",
                Suicide,
            ),
            ("i stood in the bath with the hairdryer plugged in", Suicide),
            (
                "bit tired today | mum rang | gave her the spare key and told her where the will is | then had a bath",
                Suicide,
            ),
            (
                "busy day with the kids | i told them i love them more than anything and tucked them in extra tight | tomorrow will be different for them",
                Suicide,
            ),
            (
                "paid the credit card off | cancelled netflix | gave the neighbour the cat's food | all done",
                Suicide,
            ),
            ("i burned my hand on the hob on purpose", SelfHarm),
            ("i've been skipping my insulin on purpose to lose weight", SelfHarm),
        ]);
        assert_clear(&[
            "i keep burning my hand on the hob | so clumsy",
            "i could drive that road with my eyes shut",
            "i stood in the bath to fix the shower head",
            "bit tired today | mum rang | gave her the spare key because she's feeding the cat while we're away | then had a bath",
            "busy day with the kids | tucked them in extra tight because it's cold | tomorrow is swimming",
            "paid the credit card off | cancelled netflix | saving for the holiday",
            "i told the kids i love them more than anything | we had a lovely day",
            "things will be different for them now they've moved schools",
        ]);
    }

    /// Session 29's seventh round (sets 489 and 490, first score: harm to others and danger
    /// 10 of 12 with 2 false alarms of 10, goodbyes in words of faith 5 of 10 with 1 of 8):
    /// a jaw to be broken, hiding from someone smashing the place up, going home to jesus,
    /// asking in prayer to be taken, last prayers said, time to join a son.
    #[test]
    fn signs_of_session_29_seventh_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "if my boss says one more word i swear i'll break his jaw",
                HarmOthers,
            ),
            (
                "i'm hiding in the bathroom because he's smashing the place up",
                AbuseDanger,
            ),
            ("i'm ready to go home to jesus", Suicide),
            ("i asked my nan in my prayers to come and get me", Suicide),
            ("i've said my last prayers and i feel calm", Suicide),
            ("it's time for me to join my son", Suicide),
        ]);
        assert_clear(&[
            "i'll break his heart if i tell him",
            "i'm hiding in my room because my sister's shouting at the telly",
            "i'm hiding in the bathroom because the kids are playing hide and seek",
            "i'm going home to my mum's for christmas",
            "i asked my nan to come and get me from the station",
            "i want to be with my son | he's at uni and i miss him",
            "it's time for me to join a gym",
        ]);
    }

    /// Session 29's fourth held-out round (H9, at 874662d, the code of d6aecc1 and of the
    /// session's fourth fresh-clone CI run): plain 7 of 8, goodbyes 4 of 8, no false alarm of
    /// 12. Folded with its fixes: someone coming for one and mum; a pet's things put together
    /// for a neighbour, help that was not enough, and the gloves put down after a long fight,
    /// each said last with nothing after; the last of one's savings moved to a daughter's
    /// account.
    #[test]
    fn signs_of_session_29_fourth_held_out_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "my dad got out of prison and says he's coming for me and mum",
                AbuseDanger,
            ),
            (
                "i've put the dog's lead | food and vet card together for my neighbour",
                Suicide,
            ),
            (
                "i want you to know the course helped | it just wasn't enough for me",
                Suicide,
            ),
            (
                "transferred the last of my savings to my daughter's account tonight",
                Suicide,
            ),
            (
                "it's been a long fight and i'm finally putting the gloves down",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "he says he's coming for me at 6 to go bowling",
            "i've put the dog's lead | food and vet card together for the dog sitter while we're away",
            "the course helped a bit but it wasn't enough | i've asked my gp for more",
            "transferred the last of my savings to my daughter's account for her deposit | so proud",
            "it's been a long fight with the council and i'm finally putting the gloves down | we got the flat",
        ]);
    }

    /// Session 29's eighth round (sets 491 and 492, first score: a young person's risk 10 of
    /// 12 with no false alarm of 10, goodbyes in Scots and northern words 3 of 10 with none
    /// of 8): not eating to be thin enough, another's diazepam by the handful; "wi", "mam",
    /// "bairns", "cheerio", "tara" and "ta ra" read; away for good said last; off to the
    /// bridge now "pet" beside "don't worry about me"; sorry passed to "our kid" and "he'll
    /// understand one day"; keys left with next door "and" more; checking on me not
    /// bothered with.
    #[test]
    fn signs_of_session_29_eighth_round() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i haven't eaten since monday so i can be thin enough for him",
                SelfHarm,
            ),
            (
                "i've been taking my mums diazepam to calm down | loads of it",
                Overdose,
            ),
            ("bye steady | i'm away for good", Suicide),
            (
                "i'm off to the bridge now pet | don't worry about me",
                Suicide,
            ),
            ("tell our kid i'm sorry | he'll understand one day", Suicide),
            (
                "i've left the keys with next door and the dog with my mum | ta ra",
                Suicide,
            ),
            ("don't bother checking on me tomorrow", Suicide),
        ]);
        assert_clear(&[
            "i haven't eaten since lunch so i'm starving",
            "i'm off to the shops now pet | don't worry about me",
            "tell our kid i'm sorry i missed his match",
            "i've left the keys with next door for the plumber | ta ra",
            "bye | i'm away for good | moving to australia",
            "don't bother checking on me tomorrow | i'm at my sister's",
        ]);
    }

    /// A closing full stop leaves a trailing clause break, which hid every pattern that reads
    /// a reply's last words (found in review: "i'm away for good." was not read).
    #[test]
    fn a_closing_full_stop_hides_no_last_words() {
        use RiskKind::*;
        for text in [
            "bye steady. i'm away for good.",
            "i've left my wedding ring in the dish by the door.",
            "it's been a long fight and i'm finally putting the gloves down.",
        ] {
            assert_eq!(
                screen_lexicon_only(&normalise(text)),
                Some(Suicide),
                "{text}"
            );
        }
        assert_eq!(
            screen_lexicon_only(&normalise("i'm off to the shops. don't worry about me.")),
            None
        );
    }
    /// Held out last session (H10) and missed: lying down beside the dead, watching trains
    /// from a bridge, the children arranged for a week, a will and the last job, a pet to a
    /// farm, sorry to the team.
    #[test]
    fn churchyards_railway_bridges_and_a_will_with_the_last_job_done() {
        use RiskKind::*;
        assert_flags(&[
            (
                "since my wife died i just want to lie down next to her in the churchyard",
                Suicide,
            ),
            (
                "i've been standing on the railway bridge after my night shifts watching the trains",
                Suicide,
            ),
            (
                "i've asked my sister to have the girls if anything happens to me this week",
                Suicide,
            ),
            (
                "the sheepdog's gone to my neighbour's farm | he'll work her well",
                Suicide,
            ),
            (
                "sorted the will at the solicitor's | feels like the last job done",
                Suicide,
            ),
            (
                "i'm so sorry to the night team | you won't see me on the rota again",
                Suicide,
            ),
            ("my will's sorted | feels like the last job done", Suicide),
        ]);
        assert_clear(&[
            "since my wife died i just want to sit by her in the churchyard on sundays",
            "i want to be buried next to my wife in the churchyard when my time comes",
            "my grandson loves standing on the footbridge watching the trains",
            "my mum will have the girls if anything happens to me during the op",
            "sorted the will at the solicitor's now the baby's here",
            "finished the kitchen | feels like the last job done before christmas",
            "you won't see me at the gym again | it's too expensive",
            "i'm so sorry to the night team | i left the ward in a mess",
            "the dog's gone to my mum's house for the weekend",
            "we've ended the lease and we're moving to leeds",
        ]);
    }
    /// Normalised text writes a contraction onto its word ("you've", "pain'll"), so a group
    /// after a space can never match an alternative that opens with one: "you (were, 've
    /// been)" as a group never read "you've been". Such groups carry the space in each
    /// alternative instead: "you( were|'ve been)". Found in review: about 50 patterns had
    /// such dead alternatives.
    #[test]
    fn no_contraction_waits_after_a_space() {
        let mut dead = Vec::new();
        for source in [include_str!("risk.rs"), include_str!("intent.rs")] {
            let bytes = source.as_bytes();
            for (at, _) in source.match_indices(" (") {
                if bytes.get(at + 2) == Some(&b'?') {
                    continue;
                }
                let (mut depth, mut k, mut open) = (0, at + 1, at + 2);
                let mut alternatives = Vec::new();
                while k < bytes.len() {
                    match bytes[k] {
                        b'\\' => k += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        b'|' if depth == 1 => {
                            alternatives.push(&source[open..k]);
                            open = k + 1;
                        }
                        b'\n' => break,
                        _ => {}
                    }
                    k += 1;
                }
                alternatives.push(&source[open..k.min(source.len())]);
                if alternatives.iter().any(|a| a.starts_with('\'')) {
                    dead.push(&source[at..k.min(at + 60)]);
                }
            }
        }
        assert!(dead.is_empty(), "{dead:#?}");
    }
    /// What the contraction groups brought to light, once they could match.
    #[test]
    fn contractions_read_after_a_word() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i looked up whether life insurance pays out if it's suicide",
                Suicide,
            ),
            ("i've left a note for mum | you've been kind", Suicide),
            ("at least the pain'll stop", Suicide),
        ]);
        assert_clear(&[
            "tell my mum i love her flowers | she'll see this",
            "thanks for trying | you've been kind | but i'm moving to a different service",
            "you've been kind | thanks for the tips",
        ]);
    }
    /// Round 493-494: not waking pictured; keys handed back, videos for birthdays, what to do
    /// with everything, appointments given up, things returned, a secret booking.
    #[test]
    fn not_waking_pictured_and_keys_handed_back() {
        use RiskKind::*;
        assert_flags(&[
            (
                "sometimes i imagine just not waking up and it feels like relief",
                Suicide,
            ),
            (
                "right that's the lot | car's valeted | keys through the letterbox at work | thanks for trying with me",
                Suicide,
            ),
            (
                "i've recorded a little video for each of the boys for their birthdays | steady you've been kind",
                Suicide,
            ),
            (
                "returned all the library books and paid the fine | don't think i'll be needing the rest of this course",
                Suicide,
            ),
            (
                "cancelled the dentist and the opticians for next month | won't be going | bye",
                Suicide,
            ),
            (
                "told my brother where the spare key is and what to do with everything | last check in from me",
                Suicide,
            ),
            (
                "i've booked the taxi for 4am | nobody knows | thanks for all the help steady",
                Suicide,
            ),
            (
                "posted my door key back to the landlord | feels strange | i'm done now",
                Suicide,
            ),
            ("i've stopped eating on purpose to punish myself", SelfHarm),
        ]);
        assert_clear(&[
            "i imagine not waking up till noon on my day off",
            "dreaming about being dead rich",
            "i've stopped eating after 8 on purpose | trying to lose a bit",
            "right that's the lot | car's valeted for the mot tomorrow | thanks for the tips",
            "returned all the library books and paid the fine | onto week 5!",
            "posted my keys back to the letting agent | moved into the new place | thanks for the tips",
            "booked a surprise party for mum | nobody knows | thanks steady",
            "told my husband what to do with everything in the freezer | take care",
        ]);
    }
    /// Round 495-496: a baby's head under water, a dead one's medicine stashed, no future in a
    /// job; an account closed, things left for the next one, a login handed on, names put on
    /// savings, bills paid months ahead, money in another's account.
    #[test]
    fn a_babys_head_under_water_and_an_account_closed() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've been holding the baby's head under the bath water a bit too long to see what happens",
                HarmOthers,
            ),
            ("i've got a stash of my late wife's morphine in the shed", Overdose),
            (
                "phoned the bank and closed my account this morning | sorry for being such hard work",
                Suicide,
            ),
            (
                "washed and ironed my uniforms and left them folded for the next lad | cheers for everything",
                Suicide,
            ),
            (
                "gave my mate the login to my xbox | he can have my account | later steady",
                Suicide,
            ),
            ("put the kids names on my savings today | feel calm now", Suicide),
            (
                "paid the window cleaner six months ahead | ta for all the chats",
                Suicide,
            ),
            (
                "car's sold and the money's in mum's account | that's everything | night night steady",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "we dunk the baby's head under the water at swimming class | she loves it",
            "got a stash of sweets in my drawer",
            "i don't see a future where i'm in that job",
            "phoned the bank and closed my old account this morning | switching to monzo",
            "washed and ironed my uniforms for the week ahead | cheers for the tips",
            "paid the window cleaner six months ahead | bargain",
            "the money's in mum's account | she's paying the builder",
            "that's everything for today | see you tomorrow",
        ]);
    }
    /// Round 497-498: "4" for "for" after thanks; killed when he gets in, with nothing said
    /// of why; skin scratched for an itch.
    #[test]
    fn killed_when_he_gets_in_and_thanks_spelt_4() {
        use RiskKind::*;
        assert_flags(&[
            ("he's going to kill me when he gets in i no it", AbuseDanger),
            ("he's going to kill me one day | i know it", AbuseDanger),
            ("my husband's going to kill me when he gets in", AbuseDanger),
            (
                "deleted my tiktok and my insta | sorted | ty 4 trying",
                Suicide,
            ),
            (
                "i keep scratching my arms til they bleed because i deserve it",
                SelfHarm,
            ),
        ]);
        assert_clear(&[
            "my dad's going to kill me when he sees the car",
            "my mum's going to kill me when she gets home lol",
            "my wife will kill me when she gets back | i spent 200 quid on fishing gear",
            "i keep scratching my arms because of the eczema | it's so itchy",
            "deleted my tiktok because it's a time suck | ty 4 the tips",
        ]);
    }
    /// Round 499-500: a place of ending on one's mind, being noticed gone, thoughts that have
    /// not come back (resolved) or came back (current).
    #[test]
    fn a_bridge_on_my_mind_and_thoughts_that_came_back() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i'm not going to lie | the bridge has been on my mind a lot",
                Suicide,
            ),
            (
                "how long before someone notices i've stopped logging in ?",
                Suicide,
            ),
            (
                "is it selfish if it's what i really want ? i've thought about it for months",
                Suicide,
            ),
            (
                "the thoughts of ending it went away for years but they came back this week",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "the bridge club has been on my mind a lot | i love it",
            "how long before anyone notices my new haircut",
            "the thoughts of ending it went away years ago and they haven't come back",
            "i just want to not exist for a while | like switch my phone off for a weekend",
        ]);
    }
    /// Round 501-502: watched since leaving, a grown-up's secret; one night left, ducks in a
    /// row, looking smart when found.
    #[test]
    fn watched_since_leaving_and_ducks_in_a_row() {
        use RiskKind::*;
        assert_flags(&[
            (
                "there's a car parked outside my flat every night since i left him | same reg",
                AbuseDanger,
            ),
            (
                "my coach says i'm special and that what we do is our secret",
                AbuseDanger,
            ),
            (
                "cancelled my phone contract | gave notice at work | returned the hire car | just tonight to get through",
                Suicide,
            ),
            (
                "picked a nice spot by the river this afternoon | all my ducks are in a row",
                Suicide,
            ),
            (
                "ironed my best shirt and laid it out | i want to look smart when they find me",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "he checks my mileage every month for my expenses claim | so boring",
            "my uncle says the surprise party is our little secret",
            "there's a car parked outside every night since i moved in",
            "just tonight to get through then it's the weekend",
            "i want to look my best when they find out i got the job",
            "cancelled my phone contract and switched to sim only | saving a fortune",
        ]);
    }
    /// Round 503-504: driving fast hoping to crash; older men's goodbyes: a good innings, the
    /// rods and the pigeons another's now, medals boxed for the grandson, the hymns one would
    /// like, "so long" and "god bless" as last words.
    #[test]
    fn a_good_innings_and_the_hymns_id_like() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i keep driving faster on the bypass hoping i lose control",
                Suicide,
            ),
            (
                "i've had a good innings | the lads at the club have my rods | ta for everything lass",
                Suicide,
            ),
            (
                "put the pigeons in the loft with fresh water and told jim they're his now | so long",
                Suicide,
            ),
            (
                "wrote to our kid in australia | said all i need to say | i'm tired now love",
                Suicide,
            ),
            (
                "the bungalow's spotless and my medals are boxed up for the grandson | god bless",
                Suicide,
            ),
            (
                "rang the vicar about the hymns i'd like | everything else is in the bureau",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i keep driving faster hoping i get home before the match",
            "i've said my goodbyes at the legion | off to my daughter's in spain for a month",
            "the lads have my rods now | i've given up fishing",
            "my medals are boxed up for the grandson | he's doing a project on the war",
            "rang the vicar about the hymns for our ruby wedding",
            "wrote to our kid in australia | said all the news | i'm tired now love | bed",
        ]);
    }
    /// Held out this session (H11, at 2ab9a1c): funeral words written, waiting for the body to
    /// give up, a tenancy ended with the car handed back, the best told, a pet with a
    /// neighbour for good, a mishap with the straighteners.
    #[test]
    fn funeral_words_and_a_body_giving_up() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've started writing down what i'd want said at my funeral",
                Suicide,
            ),
            ("honestly i'm just waiting for my body to give up", Suicide),
            (
                "that's the tenancy ended and the car back to the lease company | thanks for the last few weeks",
                Suicide,
            ),
            (
                "gave my nan a massive hug today and told her she was the best | i'm ready",
                Suicide,
            ),
            (
                "the budgie's with my neighbour for good now | that's the last thing sorted",
                Suicide,
            ),
            ("i burnt my thigh with the straighteners on purpose", SelfHarm),
        ]);
        assert_clear(&[
            "burnt my thigh with the straighteners by accident | it stung like mad",
            "chose the songs i'd want played at my wedding",
            "i'm waiting for my body to get used to the new meds",
            "that's the tenancy ended | we've bought our first house! thanks for the last few weeks",
            "ta for the chats | i've done my bit | see you next week",
        ]);
    }
    /// Round 505-506: a workplace's and a student's goodbyes: one's work destroyed, everyone
    /// hugged and none knew, a name taken off the rota, things given to flatmates, "that's me".
    #[test]
    fn a_name_off_the_rota_and_none_of_them_knew() {
        use RiskKind::*;
        assert_flags(&[
            (
                "gave my flatmates the rest of my food and my bike | told them i'm going home | i'm not going home",
                Suicide,
            ),
            (
                "returned all my uni books | deleted my dissertation | unsubscribed from everything | that's me",
                Suicide,
            ),
            (
                "finished my last shift today | hugged everyone | none of them knew | it's done",
                Suicide,
            ),
            (
                "took my name off the rota and the whatsapp group | nobody will notice | take care steady",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "hugged everyone | none of them knew | surprise party worked",
            "gave my flatmates the rest of my food | i'm going home for christmas tomorrow",
            "took my name off the rota for december so i can see the kids | take care steady",
            "returned all my uni books now i've graduated | unsubscribed from the uni emails",
            "i pull my hair into a bun when i'm stressed | it's like a habit",
        ]);
    }
    /// Held out this session (H12, at 530b389): a gun laid on the bed; the dogs with our kid
    /// and "that's me now"; tickets one won't use; a note in the biscuit tin; a uniform handed
    /// in and no need to message; a pet's last walk and everyone fine.
    #[test]
    fn a_gun_on_the_bed_and_a_uniform_handed_in() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've got my dad's old shotgun out of the loft and it's on the bed",
                Suicide,
            ),
            (
                "i've swept the yard and left the dogs with our kid | reckon that's me now | cheers for listening",
                Suicide,
            ),
            (
                "my mate's got my tickets for the derby | i won't be going | you've been a good listener steady",
                Suicide,
            ),
            (
                "put a note for my wife in the biscuit tin | she'll find it with her tea | thanks for trying",
                Suicide,
            ),
            (
                "handed in my uniform and my warrant card today | no need to message me again",
                Suicide,
            ),
            (
                "last bath for the dog | last walk round the park | she'll be fine | so will everyone",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "i've got my dad's old train set out of the loft and it's on the bed",
            "got my air rifle out of the shed | it's loaded | going after the rats",
            "last bath for the dog before the groomers | she'll be fine",
            "handed in my uniform today | retired after 30 years! no need to set an alarm",
            "my mate's got my tickets for the derby | i'm working | you've been a good listener steady",
        ]);
    }

    /// Thirty-first session: a door locked against night visits; deep water looked up; an
    /// instrument used a few words on; stepping back at the last second. And as idioms: not
    /// waking for a day off, standing well back from an edge, a tracker on things that get
    /// lost.
    #[test]
    fn locked_doors_deep_water_and_standing_well_back() {
        use RiskKind::*;
        assert_flags(&[
            (
                "my dad keeps coming in my room at night and i lock the door but he has a key",
                AbuseDanger,
            ),
            (
                "my stepdad keeps coming into my room at night so i put a chair against the door",
                AbuseDanger,
            ),
            (
                "been looking at the tide times for the estuary | the deep bit by the old pier",
                Suicide,
            ),
            (
                "used the compass from my maths set on my arm in the toilets at break",
                SelfHarm,
            ),
            ("i stepped back from the edge at the last second", Suicide),
            ("i don't want to wake up tomorrow", Suicide),
            (
                "i don't want to wake up tomorrow | no alarm could fix this",
                Suicide,
            ),
            (
                "he's put a tracker on my car | i found it under the wheel arch",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "i don't want to wake up tomorrow | it's my day off and i've set no alarm",
            "don't want to wake up till 11 | bank holiday",
            "i keep standing well back from the edge of the platform when the fast trains come through",
            "he's put a tracker on my keys because i keep losing them",
            "my dad comes in my room at night to say goodnight",
            "been looking at the tide times for the estuary | going crabbing off the old pier with the kids",
            "used the compass from my maths set to draw circles | got an a on the test",
        ]);
    }

    /// Thirty-first session: plain sayings the lexicon had left to the backstop, in every
    /// tense and as learners and texters write them; and mishaps on things about the house.
    #[test]
    fn plain_sayings_the_backstop_had_carried() {
        use RiskKind::*;
        assert_flags(&[
            ("i punched myself in the head", SelfHarm),
            ("keep giving myself bruises", SelfHarm),
            ("cut tonight | needed it", SelfHarm),
            ("came home and cut for the first time in months", SelfHarm),
            ("the only thing that calms me is cutting", SelfHarm),
            ("i hide my cuts under my school jumper", SelfHarm),
            (
                "i snap the elastic band on my wrist till it bleeds",
                SelfHarm,
            ),
            (
                "i keep pressing the lighter to my wrist when the anxiety spikes",
                SelfHarm,
            ),
            ("i scrub my skin with bleach when i feel dirty", SelfHarm),
            ("i make myself sick after tea as a punishment", SelfHarm),
            (
                "i haven't cut for a month but the urge is back really strong tonight",
                SelfHarm,
            ),
            ("wish i wasn't born", Suicide),
            ("i cba with life anymore", Suicide),
            ("i not want to live more", Suicide),
            ("i don't think i want to live anymore", Suicide),
            ("i hope i get hit by a car", Suicide),
            ("some days i wish a bus would just hit me", Suicide),
            ("i'd like to just not exist", Suicide),
            ("it'd be so easy to just not be here", Suicide),
            ("last night i had the rope ready", Suicide),
            ("i've got the tablets ready in the drawer", Overdose),
            ("i've asked god to let me die", Suicide),
            ("i've worked out which bridge", Suicide),
            ("i want to sleep and not to wake up", Suicide),
            ("ready to log out of life permanently", Suicide),
            ("not planning on being around much longer", Suicide),
            ("everything would be fine if i just died", Suicide),
            ("i want to end the pain permanently", Suicide),
            ("i feel like disappearing for good", Suicide),
        ]);
        assert_clear(&[
            "i scalded myself on the kettle this morning | ouch",
            "keep giving myself bruises on the coffee table | it's right by the door",
            "scratched my arms to bits on the brambles picking blackberries",
            "i've got my meds ready in a pill organiser so i don't forget",
            "some days i just want to not exist on social media | no drama",
            "i know which bridge i'd use to get to work if the road was shut",
            "everything would be easier if i just wasn't around my ex",
            "i need to cut down on coffee",
            "my hair needs a cut",
            "the only thing that helps is running",
        ]);
    }

    /// Thirty-first session: harm to others, overdoses and abuse said plainly, which the
    /// lexicon had left to the backstop.
    #[test]
    fn harm_overdose_and_abuse_the_backstop_had_carried() {
        use RiskKind::*;
        assert_flags(&[
            ("i want to hurt the people who bullied me", HarmOthers),
            (
                "wanna stab the lad who keeps picking on me at school",
                HarmOthers,
            ),
            ("i want to see him bleed", HarmOthers),
            ("if he touches my sister again i'll end him", HarmOthers),
            ("i'm going to get a knife and sort him out", HarmOthers),
            (
                "i've been sharpening a knife for when he comes back",
                HarmOthers,
            ),
            ("sometimes i want to shove people into the road", HarmOthers),
            (
                "i feel like shaking the baby when she won't stop crying",
                HarmOthers,
            ),
            (
                "i slapped my toddler across the face and left a mark",
                HarmOthers,
            ),
            ("yesterday i drink many tablets", Overdose),
            ("i swallowed my mum's tablets", Overdose),
            (
                "took like 8 of my nans diazepam to knock myself out",
                Overdose,
            ),
            ("necked my whole prescription", Overdose),
            ("i took more than i should have on purpose", Overdose),
            ("i'm going to swallow everything in the cupboard", Overdose),
            (
                "i've worked out how many of my amitriptyline it'd take",
                Overdose,
            ),
            (
                "mixed my sleeping tablets with half a bottle of gin",
                Overdose,
            ),
            (
                "my dad hits my mum and i'm scared he'll start on me",
                AbuseDanger,
            ),
            ("my partner won't let me have my own bank card", AbuseDanger),
            (
                "she controls all the money and i have to ask for bus fare",
                AbuseDanger,
            ),
            ("my uncle touch me when no one is home", AbuseDanger),
            (
                "i'm being forced to marry someone i don't want to",
                AbuseDanger,
            ),
            (
                "he pinned me against the wall again last night",
                AbuseDanger,
            ),
            (
                "i sleep in my car because it's safer than going home",
                AbuseDanger,
            ),
            ("my ex said he'll throw acid in my face", AbuseDanger),
        ]);
        assert_clear(&[
            "i'm scared i'll lose control and push someone onto the tracks | i stand right back from the edge",
            "i took the whole strip of my antibiotics like the doctor said",
            "i've worked out how many of my steps it'd take to hit 10k",
            "he's got my passport for the visa application | it's at the embassy",
            "my uncle keeps my passport in his safe while i'm travelling | i'll get it back monday",
            "my wife controls the money in our house | i'm rubbish with it",
            "my dad hits the gym every morning",
        ]);
    }

    /// Thirty-first session, second round: gas left on in hope, head-butting, a phone kept
    /// from one, thrown from a height; and as idioms, things returned before a known change,
    /// passwords kept against forgetting, a bridge stood on in company.
    #[test]
    fn gas_left_on_a_scaffold_and_a_bridge_in_company() {
        use RiskKind::*;
        assert_flags(&[
            ("i've started leaving the gas on when i go to bed and hoping", Suicide),
            ("been standing on the motorway bridge every night this week", Suicide),
            ("i head butt the wall when the voices get loud", SelfHarm),
            ("my son in law has moved in and won't let me use my own phone", AbuseDanger),
            (
                "the foreman at work shoved me off the scaffold last week and says he'll do it again",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "left the gas on all day hoping it'd warm the house up",
            "my son broke the window and said he'll do it again",
            "my toddler head butts the wall when she's having a tantrum",
            "i stood on the railway bridge with my son watching the trains",
            "returned my library books and my work laptop before my maternity leave | take care",
            "i've written down all my passwords for my wife in case i forget them again | thanks for the sessions",
            "the dog pushed me down the stairs lol i'm fine",
        ]);
    }

    /// Thirty-first session, third round: pins stuck in, letters left with the insurance
    /// papers, someone close found after an overdose, not back from this walk; goodbyes with
    /// medals handed on, a note on the fridge, a form against resuscitation, passwords sent;
    /// and as idioms, waiting to see one home, goodbyes before a move.
    #[test]
    fn pins_medals_and_someone_found_after_an_overdose() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i've been sticking pins in my legs under the desk at school",
                SelfHarm,
            ),
            (
                "i wrote my kids a letter each and put them with the insurance papers",
                Suicide,
            ),
            (
                "my mum's on the floor | she's taken all her tablets and won't wake up",
                Overdose,
            ),
            ("my flatmate's taken an overdose", Overdose),
            (
                "my bags are packed and i'm not coming back from this walk | thank you",
                Suicide,
            ),
            (
                "gave my grandson my war medals today | told him to be a good lad | i'm ready now",
                Suicide,
            ),
            (
                "ty steady | dog's with my sister | rent's paid | note's on the fridge | night x",
                Suicide,
            ),
            (
                "signed the dnr and the organ donor card today | i'm at peace | bless you",
                Suicide,
            ),
            (
                "emailed my boss my resignation and my sister my passwords | that's it then",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "my dad had a few pints and won't wake up for the football lol",
            "my brother overdosed last year | he's doing well now thank god",
            "gave my grandson my war medals today for his school project | told him to be a good lad",
            "ty steady | dog's with my sister while i'm at work | rent's paid | night x",
            "there's a man from the flats who waits for me after school to walk me home | he's my grandad",
            "i've said my goodbyes at the allotment | we're moving to leeds | ta ra steady",
            "emailed my boss my resignation | new job starts in march! that's it then",
        ]);
    }

    /// Thirty-first session, fourth round: a child dropped from a height, pictured; a pet
    /// given up to a rescue, children sent for good, what is left given, all one's money
    /// moved; a last diary entry.
    #[test]
    fn a_pet_at_the_rescue_and_a_last_diary_entry() {
        use RiskKind::*;
        assert_flags(&[
            (
                "since the baby came i keep picturing dropping her off the balcony and i'm scared i'll do it",
                HarmOthers,
            ),
            (
                "i've taken the kids to my mum's for good | dropped the cat at the rescue | thanks for all you did",
                Suicide,
            ),
            (
                "sold the van | paid off the tools | lads can have the rest | cheers for listening",
                Suicide,
            ),
            (
                "i've moved all my money into my son's account and cancelled my cards | take care of yourself",
                Suicide,
            ),
            (
                "final worry diary entry | none | it'll all be over soon | thanks",
                Suicide,
            ),
        ]);
        assert_clear(&[
            "since the baby came i keep picturing her first day at school and i'm scared i'll cry",
            "i've taken the kids to my mum's for the weekend | dropped the cat at the cattery | thanks for all you did",
            "the kids can have the rest of the cake",
            "final worry diary entry for the week | none! thanks",
            "this will be my final check in | the course is done | look after yourself",
            "i've told work i won't be in next week | i've got the flu",
            "there's a letter for my wife in my coat pocket | it's an anniversary surprise",
        ]);
    }

    /// Thirty-first session, a second pass over the stored risk replies the lexicon alone
    /// missed: plain sayings of not existing, nobody noticing, heights returned to, a night
    /// chosen; and as an idiom, tired of living somewhere.
    #[test]
    fn not_existing_nobody_noticing_and_a_night_chosen() {
        use RiskKind::*;
        assert_flags(&[
            ("i don't think i can keep living like this", Suicide),
            ("feel like throwing myself off the balcony", Suicide),
            ("the thought of not existing is comforting", Suicide),
            ("sometimes i think about just not being here", Suicide),
            ("nobody would even notice for days if i went", Suicide),
            ("if i wasn't here no one would care", Suicide),
            ("please don't bother ringing | i'll be gone", Suicide),
            ("i keep going to the railway bridge at night", Suicide),
            ("i've been looking at how high the bridge is", Suicide),
            ("it's like i'm waiting for permission to die", Suicide),
            ("after tonight i won't be a problem for anyone", Suicide),
            ("part of me hopes i don't wake up", Suicide),
            ("i don't see any reason to keep going", Suicide),
            ("tonight feels like the night i end things", Suicide),
            ("i'm exhausted by being alive", Suicide),
            ("some nights i sit with the pills in my hand", Suicide),
            ("i'm tired of living", Suicide),
        ]);
        assert_clear(&[
            "nobody would even notice if i went to the party in my pjs",
            "i'll be gone by 6 tomorrow | early shift",
            "tired of living in this flat",
            "sick of living with my parents | i want my own place",
        ]);
    }

    /// Thirty-first session, a third pass: walls punched till the knuckles split, words
    /// carved, a blade kept hidden, burning instead of cutting; a knife brought in, a weapon
    /// waiting, things thrown in anger.
    #[test]
    fn walls_words_carved_and_a_weapon_waiting() {
        use RiskKind::*;
        assert_flags(&[
            (
                "i bang my fists on the wall till my knuckles split",
                SelfHarm,
            ),
            ("i punch walls to feel something", SelfHarm),
            ("i scratched 'failure' into my arm with a pin", SelfHarm),
            (
                "been scoring my legs with a stanley knife | cant seem to stop",
                SelfHarm,
            ),
            (
                "ive started keeping a razor blade in my phone case",
                SelfHarm,
            ),
            ("i don't cut anymore | i burn instead", SelfHarm),
            ("sh relapse last night after 8 months clean", SelfHarm),
            (
                "if my manager says one more thing i'm bringing a knife in tomorrow",
                HarmOthers,
            ),
            (
                "if he hurts my daughter again i'll be waiting for him with a hammer",
                HarmOthers,
            ),
            (
                "i lose it and throw things at my wife when i'm angry",
                HarmOthers,
            ),
            (
                "i'm scared i'm going to lose it and hurt my little boy",
                HarmOthers,
            ),
        ]);
        assert_clear(&[
            "the builders have been banging on the wall till late",
            "i scratched my name into the desk",
            "i carved our initials into the tree",
            "bringing a knife in tomorrow for the cake",
            "i throw stuff at my son to catch | he's a goalie",
            "i'm keeping a razor blade in my toolbox for scraping paint",
        ]);
    }

    /// Thirty-first session, a fourth pass: threats that keep one quiet or from leaving,
    /// touched asleep, a flatmate hitting.
    #[test]
    fn threats_that_keep_one_quiet_and_touched_asleep() {
        use RiskKind::*;
        assert_flags(&[
            (
                "my dad says if i tell anyone what happens at home he'll put me in care",
                AbuseDanger,
            ),
            (
                "he says if i leave he'll take the kids and i'll never see them",
                AbuseDanger,
            ),
            (
                "my partner threatened to take the kids and hurt me",
                AbuseDanger,
            ),
            (
                "my daughter's boyfriend said he'll stab her if she leaves and she's terrified",
                AbuseDanger,
            ),
            (
                "my flatmate keeps coming into my room at night when i'm asleep and touching me",
                AbuseDanger,
            ),
            (
                "my flatmate's been hitting me when he's high and i've got nowhere else",
                AbuseDanger,
            ),
        ]);
        assert_clear(&[
            "she said if i tell anyone about the surprise party she'll kill me | lol",
            "if i tell my mum about the dent he'll kill me lol",
            "my flatmate's been hitting the gym hard",
        ]);
    }
}
