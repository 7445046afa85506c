"""Drop page furniture: whole lines that are UI text, not article text.

Share rows, rating widgets, comment forms, cross-links, photo credits, error and
newsletter widgets, ad markers, cookie notices and tag lists survive copy-paste and some
HTML extraction. Removing them keeps them out of the canonical text (and out of claim
extraction and de-duplication).

The filter is deliberately conservative:

* it decides line by line, never cuts inside a line, and never looks at neighbours (so
  it is idempotent and its output is always a subsequence of the input lines);
* every rule is a *full-line* match with its own length cap, so a long line of prose
  that merely starts like furniture ("Read more about the plan in the ministry's report,
  officials said.") is kept;
* rules that take free text after a label (``READ MORE: ...``, ``Tags: ...``) refuse
  text that ends like a sentence or holds several sentences.

Lines may carry decoration (bullets, arrows, pipes) around the furniture text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

__all__ = ["drop_furniture", "furniture_report", "furniture_rule", "FURNITURE_RULES"]

# Lines longer than this are never furniture (checked before any regex runs).
_MAX_LINE = 420

# Decoration that may surround a furniture line: bullets, arrows, pipes, brackets.
_DECO = r"[\s|•·»«›‹<>→←↑↓▲▼▶►◀◄✓✔✕✖×*#:~=_\-–—\[\](){}]*"

_NET = (
    r"(?:facebook|fb|twitter|x|whats ?app|e-?mail|mail|print|copy(?: the)?(?: link| url| article link)?"
    r"|link copied|copied|linked ?in|reddit|pinterest|telegram|(?:fb )?messenger|flipboard|pocket"
    r"|tumblr|share(?: this)?|shares|tweet|sms|vk|xing|threads|bluesky|mastodon|viber|line|skype"
    r"|weibo|wechat|google\+?|gmail|yahoo mail|outlook|hacker news|digg|mix|save"
    r"|bookmark|sharethis|gift(?: article)?|more|instagram|youtube|tiktok|snapchat|rss|whatsapp channel)"
)
_COUNT = r"(?:\d[\d,.]*[km]? )?"
_SEP = r"(?: ?[|/·•,;] ?| )"
_AGENCY = (
    r"(?:reuters|afp|ap|ap photo|getty(?: images)?|epa(?:-efe)?|efe|bloomberg|shutterstock|alamy"
    r"|anadolu(?: agency)?|xinhua|tass|sputnik|ria novosti|ukrinform|dpa|pa(?: media| wire)?|ansa"
    r"|kyodo|yonhap|sipa|zuma(?: press)?|nurphoto|imago|istock(?:photo)?|unsplash|pixabay"
    r"|associated press|agence france-presse|handout|pool|file photo|wikimedia commons|supplied)"
)
_CREDIT_LABEL = (
    r"(?:photo|photos|photograph|photographs|picture|pictures|pic|image|images|foto|graphic|illustration"
    r"|credit|credits|photo credit|image credit|image source|source image|cover photo|main photo|top photo"
    r"|header image|featured image|file photo|lead image|video)"
)
# Capitalised name-like words joined by credit separators (possessive: no backtracking blow-up).
_NAME_WORD = r"(?:[A-Z][\w.'’&-]*+|via|for|and|of|on|de|van|von|/|\||,|-|–|\(|\))"
_NAMEISH = _NAME_WORD + r"(?: ?" + _NAME_WORD + r")*+"
# Free text after a label that does not read like a finished sentence: no final period
# (headlines do not end with one) and no ". X" sentence boundary inside.
_HEADLINE_TAIL = r"(?:[^.!?]|[.!?](?! [A-Z\"“]))*?(?<![.])"

# (rule name, max line length, pattern). Patterns are matched case-insensitively against
# the whole line minus decoration; ``(?-i:...)`` marks case-sensitive parts.
FURNITURE_RULES: tuple[tuple[str, int, str], ...] = (
    ("share", 200, rf"(?:{_COUNT}{_NET}(?: \d[\d,.]*[km]?)?)(?:{_SEP}{_COUNT}{_NET}(?: \d[\d,.]*[km]?)?)*"),
    ("share", 90, r"share (?:this |the )?(?:article|story|post|page|video|link|gallery|on|via|to|with)"
                  r"(?: (?:on|via|to|with) [\w.+ ]{1,25}| [\w.+]{1,20}(?: [\w.+]{1,20})?)?[.!:]?"),
    ("share", 90, r"click to (?:share|email|e-mail|print|tweet|pin)\b.{0,60}"),
    ("share", 40, r"\(?opens in (?:a )?new (?:window|tab)\)?"),
    ("share", 70, rf"follow (?:us|me|@\w+|[\w ]{{1,25}}) on {_NET}(?:(?:, | and | or ){_NET})*\.?"),
    ("share", 110, r"follow @\w+ (?:on|for) .{1,80}"),
    ("share", 40, r"(?:order )?reprints(?: (?:&|and) permissions)?|follow us!?|like this:?|like loading(?:\.\.\.|…)?|email this(?: article| story)?|send (?:to a friend|by e-?mail)"
                  r"|print (?:this )?(?:article|story|page)|gift this article|save (?:article|story|for later)"),
    ("rating", 60, r"click to rate this (?:post|article|story)!?"),
    ("rating", 60, r"\[?total: ?\d+ average: ?[\d.]+\]?"),
    ("rating", 60, r"rate this (?:article|post|story|page|item)[!:.]?|submit (?:rating|vote)"),
    ("rating", 90, r"average rating:? ?[\d.]+ ?(?:/ ?\d+)?\.?(?: vote count: ?\d+)?|vote count: ?\d+"),
    ("rating", 90, r"no votes so far! be the first to rate this (?:post|article)\.?"
                   r"|how useful was this (?:post|article)\?|let us improve this (?:post|article)!"
                   r"|we are sorry that this (?:post|article) was not useful for you!"
                   r"|tell us how we can improve this (?:post|article)\?"),
    ("rating", 60, r"was this (?:article|post|page|story|information) (?:helpful|useful)\?(?: ?yes ?no)?"),
    ("comments", 60, r"leave a (?:reply|comment|response)(?: cancel reply)?|post (?:a |your )?comment"
                     r"|cancel reply|(?:the )?comments? (?:are|is) (?:now )?closed\.?|add (?:a|your) comment"
                     r"|join the (?:conversation|discussion|debate)|be the first to comment\.?|no comments(?: yet)?\.?"
                     r"|\d+ (?:comments?|replies)|comments?(?: \(\d+\))?|(?:view|show|hide|read|load|see)(?: all| more)?"
                     r"(?: \d+)? comments?|replies|reply|report(?: comment| this comment| abuse)?|discussion"
                     r"|(?:comment|name|email|e-mail|website|your name|your email)(?: \(required\))? ?\*"
                     r"|\d+ (?:comments?|trackbacks?|responses?|thoughts?)(?:…|\.\.\.)?(?: read them below or add one)?"
                     r"|\d+ comments? add a comment|post (?:a )?new comment|(?:log ?in|sign in) to (?:leave|post) a comment"
                     r"|(?:there are )?no comments yet(?:\.\.\.|…|\.)?(?: be the first to (?:leave a reply|comment)!?)?"
                     r"|link to this comment:?|user comments|replydelete|delete|report offensive content:?"),
    ("comments", 160, r"\d+ (?:thoughts?|responses?|comments?|replies) (?:on|to) [“\"'‘].{1,120}[”\"'’]"
                      r"|subscribe to (?:follow-?up )?comments\b.{0,60}"),
    ("comments", 120, r"your email address will not be published\.?(?: required fields are marked \*)?"
                      r"|required fields are marked \*\.?"
                      r"|save my name, email, and website in this browser for the next time i comment\.?"
                      r"|you must be (?:logged|signed) in to post a comment\.?|log ?in to (?:comment|reply)"
                      r"|notify me of (?:follow-up comments|new posts|new comments) (?:by|via) e-?mail\.?"
                      r"|this site uses akismet to reduce spam\. learn how your comment data is processed\.?"),
    ("back-to-top", 40, r"(?:back|return|scroll|go|jump) to (?:the )?top(?: of (?:the )?page)?|top"),
    ("cross-link", 230, r"(?-i:READ MORE|ALSO READ|READ ALSO|MUST READ|READ NEXT|SEE ALSO)\b ?[:|»>\-–—]? ?"
                        + _HEADLINE_TAIL),
    ("cross-link", 230, r"(?:(?-i:RELATED|MORE|WATCH|LISTEN|RECOMMENDED|DON'T MISS|TRENDING)|read more|also read|read also"
                        r"|related(?: articles?| stories| coverage| content| reading| news| topics| links| posts?)?"
                        r"|(?-i:SEE MORE)|related (?:content|articles|stories) from .{1,40}"
                        r"|see also|more on this(?: story| topic)?|more from [\w ]{1,30}|recommended(?: reading| stories| for you)?"
                        r"|don['’]t miss|must read|read next|further reading|explore more|you (?:may|might) also like"
                        r"|more stories|more news|latest news|top stories|most read|most popular|trending(?: now)?|editor['’]s picks?)"
                        r" ?[:|»>] ?" + _HEADLINE_TAIL),
    ("republished", 120, r"(?:this (?:article|story|piece) )?(?:was )?(?:originally|first) (?:published|appeared)"
                         r" (?:on|at|in|by) .{1,70}|(?:this (?:article|story) is )?republished (?:from|with permission).{0,80}"),
    ("cross-link", 60, r"read more|read the full (?:story|article|report)|read full (?:story|article)|continue reading"
                       r"(?: the main story| below)?|click here(?: to read more| for more)?|more|related"
                       r"|related (?:articles|stories|posts|content|coverage|topics|news|links)|see also|full story"
                       r"|full coverage|view (?:full )?(?:article|story)|more from .{1,40}|more on (?:this )?(?:story|topic)"
                       r"|you (?:may|might) also like|recommended(?: for you| stories| reading)?|most read|most popular"
                       r"|top stories|latest news|trending(?: now)?|(?:read|see) (?:the )?(?:original|full) (?:article|story|report)"
                       r"|don['’]t miss|explore further|explore (?:more|related content)|most recommended|related (?:post|content)"
                       r"|view all posts by .{1,40}|more (?:[\w&' ]{1,25} )?(?:news|stories|articles)"),
    ("cross-link", 80, r"click here\b.{0,60}"),
    ("photo-credit", 110, r"(?:©|\(c\) ?(?=\d{4})|copyright ?(?:©|\(c\))|copyright (?=\d{4}|by )).{1,100}"),
    ("photo-credit", 40, r"all rights reserved\.?"),
    ("photo-credit", 110, _CREDIT_LABEL + r" ?[:|/] ?.{1,90}|(?:image|picture|photo) source,? .{1,80}"),
    ("photo-credit", 80, _CREDIT_LABEL + r" by (?-i:" + _NAMEISH + r")"),
    ("photo-credit", 110, r"\((?:photo|photos|image|picture|pic|foto|file photo|credit|source)(?: by| credit)?[:,]? [^()]{1,80}\)"),
    ("photo-credit", 80, r"(?=.*(?:/| via |\|))(?=.*\b" + _AGENCY + r"\b)(?-i:" + _NAMEISH + r")"),
    ("photo-credit", 60, _AGENCY + r"(?: ?[/,|] ?" + _AGENCY + r")*"),
    ("caption", 250, r"(?:image|media|photo|video) caption,? .{0,230}"),
    ("caption", 320, r".{10,250}\((?:photo|photos|image|picture|pic|foto|file photo|credit)(?: by| credit)?[:,]? [^()]{1,80}\)"),
    ("error", 150, r"(?:oops!? ?)?something went wrong[.!]?(?: please try again(?: later)?[.!]?)?|please try again(?: later)?\.?"
                   r"|(?:there was )?an (?:unexpected )?error (?:has )?(?:occurred|processing (?:your|the) \w+)[.!,]?(?: please try again(?: later)?\.?)?"
                   r"|(?:please )?enable javascript\b.{0,100}|javascript (?:is )?(?:disabled|required)\b.{0,80}"
                   r"|(?:sorry, )?your browser does not support .{0,60}|this video (?:is )?(?:not available|unavailable"
                   r"|has been removed|cannot be played).{0,60}|(?:the )?video (?:player )?is loading\.?|play video"
                   r"|(?:this )?(?:content|embed|media) (?:is )?(?:not available|unavailable|could not be loaded)\b.{0,60}"),
    ("loading", 40, r"(?:loading|logging in|please wait)(?: (?:video|comments|content|more))?(?:\.\.\.|…|\.)?"),
    ("newsletter", 160, r"sign up (?:for|to) .{0,70}\b(?:newsletters?|updates|alerts|briefings?|digest)\b.{0,50}"
                        r"|sign up(?: now| here| today)?[!.]?|subscribe(?: now| today| here)?[!.]?"
                        r"|subscribe to (?:our|the|my) [^.!?,]{1,60}[.!]?|subscribe to [\w' ]{1,40}|subscribe to (?:continue|read)\b.{0,60}"
                        r"|(?:get (?:our|the) )?(?:free |daily |weekly |morning |evening )?(?:newsletters?|briefing)"
                        r"|get (?:the latest|our|the best) .{0,80}\b(?:inbox|newsletter)\b.{0,20}"
                        r"|.{0,80}\b(?:delivered )?(?:straight |directly |right )?to your inbox[.!]?"
                        r"|keep an eye on your inbox\b.{0,60}|enter your e-?mail(?: address)?.{0,40}|(?:thank you|thanks) for (?:subscribing|signing up)\b.{0,60}"
                        r"|you(?:'ve| have) (?:been |successfully )?(?:subscribed|signed up)\b.{0,60}"
                        r"|by (?:signing up|subscribing|clicking|registering)(?:,)? you (?:agree|consent) to .{0,150}"
                        r"|(?:you can )?unsubscribe at any time\.?|already a (?:subscriber|member)\??.{0,40}"
                        r"|already have an account\??.{0,30}|log ?in|sign ?in|register|create (?:an|a free) account"
                        r"|this (?:article|content|story) is (?:only )?(?:for|available to) (?:subscribers|members)\b.{0,60}"),
    ("advertisement", 80, r"advertisements?|advert|ads?|sponsored(?: content| post| links?| stories)?"
                          r"|paid (?:content|post|partner(?:ship)?)|promoted(?: content| stories)?|partner content"
                          r"|ad feedback|skip ad|report (?:this )?ad|(?:the )?(?:story|article|content) continues"
                          r" (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?|continue reading below"
                          r"|advertisement ?[-–—:]? ?(?:scroll|continue) .{0,40}"
                          r"|scroll (?:down )?to continue(?: with content| reading)?"),
    ("cookies", 420, r"(?:we|this (?:web)?site|our (?:web)?site|this website) uses? cookies\b.{0,380}"
                     r"|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website|service)\b.{0,80}\bcookies\b.{0,200}"),
    ("cookies", 50, r"(?:accept|reject|allow|decline)(?: all)?(?: cookies)?|cookie (?:settings|preferences|policy|notice)"
                    r"|manage (?:cookies|preferences|consent|cookie settings)|(?:i )?(?:agree|accept)|got it!?|ok(?:ay)?"
                    r"|privacy (?:policy|settings|notice)|terms (?:of (?:use|service)|and conditions)"
                    r"|do not sell(?: or share)? my (?:personal )?info(?:rmation)?"),
    ("navigation", 60, r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)|jump to .{1,30}"
                       r"|(?:main )?menu|search|close|home|toggle navigation|open (?:menu|navigation|search)"
                       r"|navigation|sections|next|previous|prev|(?:next|previous) (?:article|story|post|page)"
                       r"|home(?: ?[>›»/|] ?[^>›»/|]{1,30}){1,6}"),
    ("navigation", 150, r"(?:previous|next|prev|older|newer) (?:post|article|story|entry) ?[:»«] ?.{1,120}"),
    ("media", 40, r"image|images|video|videos|photo|photos|gallery|watch(?: video| now| live)?|listen(?: now)?|audio"
                  r"|play|pause|expand|enlarge(?: this)?(?: image)?|view (?:gallery|slideshow|image|photos)"
                  r"|open (?:image|gallery)|\d+ (?:photos|images|pictures)|font size|text size"),
    ("reading-time", 60, r"\d+ ?(?:min|mins|minutes?)(?: read| listen)?|(?:reading|read) time:? ?\d+ ?min(?:ute)?s?"
                         r"|listen to (?:this )?(?:article|story)(?: \d+ ?min(?:ute)?s?)?"),
    ("tags", 300, r"(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|keywords|posted in|related topics"
                  r") ?[:|] ?(?:[^.!?]|\.(?! |\Z)){0,250}"),
    ("symbols", 12, r"[^\w\s]{1,12}"),
)


# Rules whose furniture legitimately reads as full sentences (exempt from the prose guard).
_SENTENCE_RULES = frozenset({"comments", "cookies", "error", "newsletter", "rating", "caption", "photo-credit", "republished"})


def _compile() -> tuple[list[int], list[str], dict[str, str]]:
    """Each rule as a named alternative (full line, its own length cap); group -> rule name."""
    caps: list[int] = []
    alternatives: list[str] = []
    names: dict[str, str] = {}
    for i, (name, max_len, pattern) in enumerate(FURNITURE_RULES):
        group = f"r{i}"
        names[group] = name
        caps.append(max_len)
        alternatives.append(rf"(?P<{group}>(?=.{{1,{max_len}}}\Z){_DECO}(?:{pattern}){_DECO})")
    return caps, alternatives, names


_CAPS, _ALTERNATIVES, _GROUP_NAMES = _compile()
_BANDS = sorted(set(_CAPS))  # the distinct length caps, ascending
_LONGEST = min(_MAX_LINE, _BANDS[-1])  # no rule matches a longer line


@lru_cache(maxsize=None)
def _rules_for(band: int) -> re.Pattern[str]:
    """The rules a line of length up to ``band`` can match, as one regex, in rule order.

    A rule only matches lines no longer than its cap, so leaving out the rules with a
    smaller cap changes no result (the first matching alternative is the same) and spares
    long lines, most of a text, from trying every rule: they meet a handful.
    """
    kept = [alt for cap, alt in zip(_CAPS, _ALTERNATIVES) if cap >= band]
    return re.compile("|".join(kept), re.IGNORECASE | re.DOTALL)


def furniture_rule(line: str) -> str | None:
    """The name of the furniture rule a single (stripped) line matches, or None."""
    line = line.strip()
    if not line or len(line) > _LONGEST:
        return None
    match = _rules_for(_BANDS[bisect_left(_BANDS, len(line))]).fullmatch(line)
    if match is None or match.lastgroup is None:
        return None
    name = _GROUP_NAMES[match.lastgroup]
    if name not in _SENTENCE_RULES and line.endswith(".") and line.count(" ") >= 7:
        return None
    return name


def furniture_report(text: str) -> list[tuple[str, str]]:
    """``(line, rule name)`` for every line :func:`drop_furniture` would remove."""
    report = []
    for line in text.split("\n"):
        rule = furniture_rule(line)
        if rule is not None:
            report.append((line.strip(), rule))
    return report


def drop_furniture(text: str) -> str:
    """Remove furniture lines; paragraphs left empty disappear.

    Expects normalised text and returns normalised text: kept lines of a paragraph stay
    joined by ``"\\n"``, paragraphs by ``"\\n\\n"``.
    """
    paragraphs: list[str] = []
    for paragraph in text.split("\n\n"):
        kept = [line for line in paragraph.split("\n") if line.strip() and furniture_rule(line) is None]
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)
