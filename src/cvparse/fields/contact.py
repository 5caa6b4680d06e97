"""Basics: name, headline, emails, phones (E.164), URLs and profiles."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from urllib.parse import urlparse

import phonenumbers

from ..layout import Box, Layout, Line, Link, Word, dominant_size, union
from ..lexicon import load
from ..model import Basics, Profile, Source
from ..text import EMAIL, PHONE_SHAPE, Span, fold, label_value
from . import nlp
from ..dates import find_dates, names_a_month
from ..location import find_place, looks_like_street, split_location
from .header import looks_like_place

URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()|,;]+|\b(?:[\w-]+\.)+(?:com|org|net|io|dev|me|ai|edu|fr|de|es|it|uk|co|ch|nl|pt|info|page|site|xyz|app|tech)(?:/[^\s<>()|,;]*)?",
    re.I,
)
def _networks() -> dict[str, str]:
    networks: dict[str, str] = load("profiles")["networks"]
    return networks


def normalize_url(url: str) -> str:
    url = url.strip().rstrip(".,;")
    if url.lower().startswith("www.") or not re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I):
        url = "https://" + url
    return url


def url_key(url: str) -> str:
    u = urlparse(normalize_url(url))
    host = u.netloc.lower().removeprefix("www.")
    return host + u.path.rstrip("/")


def profile_of(url: str) -> Profile | None:
    u = urlparse(normalize_url(url))
    host = u.netloc.lower().removeprefix("www.")
    for domain, network in _networks().items():
        if host == domain or host.endswith("." + domain):
            parts = [p for p in u.path.split("/") if p]
            if parts and parts[0] in ("in", "pub", "u", "user", "users", "citations", "profile"):
                parts = parts[1:]
            user = parts[0] if parts else None
            if network == "Google Scholar":
                m = re.search(r"user=([\w-]+)", u.query)
                user = m.group(1) if m else None
            return Profile(network=network, username=user, url=normalize_url(url))
    return None


def guess_region(text: str, emails: list[str], urls: list[str]) -> str:
    """The country national phone numbers most likely belong to."""
    return region_of_addresses(emails, urls) or region_of_words(text)


def region_of_addresses(emails: list[str], urls: list[str]) -> str | None:
    """The country of the first e-mail or web address under a country's domain."""
    table = load("regions")
    for addr in (*emails, *urls):
        tld = urlparse(normalize_url(addr.split("@")[-1])).netloc.rsplit(".", 1)[-1].lower()
        if tld in table["tld"]:
            return str(table["tld"][tld])
    return None


@lru_cache(maxsize=64)
def region_of_words(text: str) -> str:
    """The country whose words the text holds most (the default one if none)."""
    # Cached: it folds and searches the whole first pages, and both field passes
    # (fields.build_record) ask about the same document.
    table = load("regions")
    folded = f" {fold(text)} "
    hits = {region: sum(folded.count(f" {w} ") for w in words) for region, words in table["words"].items()}
    best = max(hits, key=hits.__getitem__)
    return best if hits[best] else str(table["default"])


def find_phones(text: str, region: str) -> list[tuple[str, str]]:
    """(E.164 or as printed, printed text) for each phone number in ``text``."""
    return list(_phones_in(text, region))


@lru_cache(maxsize=256)
def _phones_in(text: str, region: str) -> tuple[tuple[str, str], ...]:
    # Cached: phonenumbers' matcher is the costliest step of the contact details, and
    # both field passes read the same contact text.
    out = []
    scrubbed = _mask_dates(text)
    for m in phonenumbers.PhoneNumberMatcher(scrubbed, region, leniency=phonenumbers.Leniency.VALID):
        printed = text[m.start:m.end]
        out.append((phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164), printed))
    if not out:
        for shaped in re.finditer(r"(?:\+|00)\d[\d\s().-]{7,}\d", scrubbed):
            # "+44 (0)1632 960032": the bracketed trunk 0 is dialled only from inside the country.
            digits = re.sub(r"\D", "", re.sub(r"\(0\)", "", shaped.group(0)))
            if 8 <= len(digits) <= 15:
                out.append(("+" + digits.removeprefix("00"), shaped.group(0)))
    return tuple(out)


def _mask_dates(text: str) -> str:
    for d in find_dates(text):
        a, b = d.span
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def is_contact(text: str) -> bool:
    return bool(EMAIL.search(text) or URL.search(text) or PHONE_SHAPE.search(text))


def _pick_name(header: list[Line], layout: Layout) -> tuple[Line, str, Line | None] | None:
    """The biggest text of the header, its line and the line of the name's second half (set on
    two lines), if any; a name sharing its line with an e-mail is its own cell."""
    def pool_of(lines: list[Line]) -> list[tuple[Line, list[Word]]]:
        return [(ln, cell) for ln in lines for cell in ln.cells()
                if not is_contact(" ".join(w.text for w in cell)) and any(c.isalpha() for w in cell for c in w.text)]

    pool = pool_of(header)
    if not pool and layout.pages:
        pool = pool_of(layout.pages[0].lines[:15])
    if not pool:
        return None
    line, cell = max(pool, key=lambda lc: (round(dominant_size(lc[1]), 1), -lc[0].top))
    name = " ".join(w.text for w in cell)
    below = _name_continued(cell, pool)
    if below is None:
        return line, name, None
    return line, f"{name} {below[1]}", below[0]


NAME_WRAP_GAP = 0.8  # font sizes between the two lines of a name set on two lines (either way: tight leading overlaps)


def _name_continued(cell: list[Word], pool: list[tuple[Line, list[Word]]]) -> tuple[Line, str] | None:
    """The second line of a name set on two lines ("MARTIN" over "TORRICO"), and its text: a
    cell just below, in the same type, starting at the same x, a word or two without digits."""
    size, x0, bottom = dominant_size(cell), cell[0].x0, max(w.bottom for w in cell)
    for other_line, other in pool:
        text = " ".join(w.text for w in other)
        if (other is not cell and round(dominant_size(other), 1) == round(size, 1)
                and abs(other[0].x0 - x0) <= 0.5 * size
                and -NAME_WRAP_GAP * size <= min(w.top for w in other) - bottom <= NAME_WRAP_GAP * size
                and len(other) <= 2 and not any(c.isdigit() for c in text)):
            return other_line, text
    return None


def _folded_labels(name: str) -> set[str]:
    return {fold(t) for t in load("labels")[name]}


def _labelled(lines: list[Line]) -> list[tuple[str, str, Line]]:
    """(folded label, value, line) of 'Label | value' and 'Label: value' rows."""
    rows = []
    for ln in lines:
        cells = [" ".join(w.text for w in c) for c in ln.cells()]
        if len(cells) >= 2:
            rows.append((fold(cells[0]), " ".join(cells[1:]).strip(), ln))
        else:
            label, value = label_value(ln.text)
            if label and value:
                rows.append((fold(label), value, ln))
    return rows


def _name_from_rows(rows: list[tuple[str, str, Line]]) -> tuple[str, Line] | None:
    """A personal-data table's 'Name' row ('Name, Vorname | Doe, Jane' reads 'Jane Doe')."""
    for label, value, line in rows:
        if label in _folded_labels("surname_first") and value.count(",") == 1:
            surname, given = (p.strip() for p in value.split(","))
            return f"{given} {surname}", line
        if label in _folded_labels("name") and value and not is_contact(value):
            return value, line
    return None


@lru_cache(maxsize=1)
def _post_nominal() -> re.Pattern[str]:
    """", Ph.D.", " MBA, PMP" at a name's end: letters after a name that are not the name."""
    def loose(letters: str) -> str:  # "PhD" matches "Ph.D.", "Ph. D.", "PHD"
        return r"\.?\s?".join(map(re.escape, letters.replace(" ", ""))) + r"\.?"
    words = "|".join(sorted(map(loose, load("names")["post_nominals"]), key=len, reverse=True))
    return re.compile(rf"(?:\s*,\s*|\s+)(?:{words})$", re.I)


def strip_post_nominals(name: str) -> str:
    """The name without the degrees and titles printed after it ("Jane Doe, Ph.D., PMP")."""
    while (found := _post_nominal().search(name)) and len(name[:found.start()].split()) >= 2:
        letters = re.sub(r"\W", "", found.group(0))
        # Two letters after a space may be a surname (Ma, Do, Pa): only capitals in a name
        # that is not all capitals, or after a comma, are letters after it.
        if len(letters) <= 2 and "," not in found.group(0) and (not letters.isupper() or name.isupper()):
            break
        name = name[:found.start()]
    return name.strip(" ,")


def _fix_caps(name: str) -> str:
    parts = name.split()
    # "J ANE D OE": a big initial printed apart from the small capitals.
    merged: list[str] = []
    for p in parts:
        if merged and len(merged[-1]) == 1 and merged[-1].isupper() and p.isupper() and len(p) > 1:
            merged[-1] += p
        else:
            merged.append(p)
    name = " ".join(merged)
    if name.isupper() and len(name) > 3:
        name = " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in name.split())
    return name


def parse_basics(header: list[Line], contact_lines: list[Line], layout: Layout) -> Basics:
    basics, picked = read_basics(header, contact_lines, layout)
    if picked:
        rate_picked_name(basics)
    return basics


def rate_picked_name(basics: Basics) -> None:
    """A name picked as the header's biggest text is surer when spaCy reads it as a person's.

    Kept apart from :func:`read_basics`: the answer changes this confidence only, so the
    second field pass need not read the contact details again for it.
    """
    labels = nlp.labels(basics.name) if basics.name else set()
    basics.confidence["name"] = 0.95 if "PERSON" in labels else (0.6 if nlp.pipeline() else 0.7)


def read_basics(header: list[Line], contact_lines: list[Line], layout: Layout) -> tuple[Basics, bool]:
    """The contact details, and whether the name was picked by size (see rate_picked_name)."""
    basics = Basics()
    rows = _labelled(header + contact_lines)
    labelled = _name_from_rows(rows)
    picked = _pick_name(header, layout)
    name_line = None
    if labelled is not None:
        name, name_line = labelled
        basics.name = strip_post_nominals(name)
        basics.confidence["name"] = 0.95
    elif picked is not None:
        name_line, name, _below = picked
        basics.name = _fix_caps(strip_post_nominals(name.strip()))
    if name_line is not None:
        basics.provenance["name"] = Source(page=name_line.page, box=name_line.box)
    scope = header + contact_lines
    near = [layout.links_near(line) for line in scope]  # each line's links, looked for once
    mailed = any(link.uri.lower().startswith("mailto:") for links in near for link in links)
    if layout.pages and not mailed and not any(EMAIL.search(ln.text) for ln in scope):
        # Contact details outside the header (a sidebar, a footer line): the lines of page 1
        # around an e-mail or phone, not every link of it (publications, projects).
        in_scope = {id(ln) for ln in scope}
        widened = contact_cluster([ln for ln in layout.pages[0].lines if id(ln) not in in_scope])
        scope = scope + widened
        near += [layout.links_near(line) for line in widened]
    printed_urls, url_rests = _printed_urls(scope, near)
    if picked is not None and labelled is None:
        name_line, _name, name_below = picked
        after = header[header.index(name_line) + 1:] if name_line in header else []
        for line in after:
            text = line.text.strip()
            # The name's second line and the rest of a URL broken above are no headline.
            if is_contact(text) or len(text) < 3 or line is name_below or id(line) in url_rests:
                continue
            basics.headline = text
            basics.provenance["headline"] = Source(page=line.page, box=line.box)
            break
    text = "\n".join(ln.text for ln in scope)
    urls: list[str] = []
    emails: list[str] = []
    phones: list[str] = []
    for links_of_line in near:
        for link in links_of_line:
            uri = link.uri.strip()
            if uri.lower().startswith("mailto:"):
                emails.append(uri[7:].split("?")[0])
            elif uri.lower().startswith("tel:"):
                phones.append(re.sub(r"[^\d+]", "", uri[4:]))
            elif re.match(r"^(https?://|www\.)", uri, re.I):
                urls.append(normalize_url(uri))
    emails += [e for e in EMAIL.findall(text)]
    text_no_mail = EMAIL.sub(" ", text)
    urls += printed_urls
    basics.emails = list(dict.fromkeys(e.strip(".").lower() if e.isupper() else e.strip(".") for e in emails))
    seen: dict[str, str] = {}
    for u in urls:
        seen.setdefault(url_key(u), u)
    basics.urls = list(seen.values())
    # The first pages' text is joined and read only when no address names the country.
    region = region_of_addresses(basics.emails, basics.urls) or \
        region_of_words(" ".join(ln.text for ln in layout.lines[:400]))
    _find_location(basics, [ln for ln in header if ln is not name_line] + contact_lines, region)
    address = next(((v, ln) for label, v, ln in rows if label in _folded_labels("address") and v), None)
    if basics.location is None and address is not None:  # an address labelled as one, whatever its shape
        basics.location, basics.place = address[0], split_location(address[0], region)
        basics.provenance["location"] = Source(page=address[1].page, box=address[1].box)
    # A national number is read in the country of the address printed beside it, when there is one.
    if basics.place and basics.place.country_code:
        region = basics.place.country_code
    read = [p if p.startswith("+") else _e164(p, region) for p in phones]
    read += [e164 for e164, _ in find_phones(text_no_mail, region)]
    basics.phones = list(dict.fromkeys(p for p in read if p))
    basics.profiles = [p for p in (profile_of(u) for u in basics.urls) if p]
    profile_keys = {url_key(p.url) for p in basics.profiles if p.url}
    personal = [u for u in basics.urls if url_key(u) not in profile_keys]
    basics.email = basics.emails[0] if basics.emails else None
    basics.phone = basics.phones[0] if basics.phones else None
    basics.url = personal[0] if personal else None
    links = list({id(lk): lk for links_of_line in near for lk in links_of_line}.values())
    _contact_provenance(basics, Span.of_lines(scope), links)
    return basics, labelled is None and picked is not None


# A URL broken at the end of a line goes on in the cell below: that cell starts within this
# many font sizes of the URL cell's left edge, and its top within this many font sizes of the
# URL's bottom (either way: tight leading overlaps), in type of the same size.
URL_WRAP_EDGE = 0.5
URL_WRAP_GAP = 0.8
URL_WRAP_SIZE = 0.5  # points
# What the rest of a broken URL is made of: URL characters, no spaces, no e-mail's "@".
_URL_REST = re.compile(r"[\w\-./~%?=&#+]+")
_WEB = re.compile(r"^(?:https?://|www\.)", re.I)
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.I)
LINK_PAD = 2.0  # points a link's rectangle may fall short of the glyphs it covers (as links_near)


def _link_key(url: str) -> str:
    """A web address without scheme, "www." and trailing punctuation, lower-cased: what a
    printed URL and a link's target are compared by."""
    return _SCHEME.sub("", normalize_url(url).lower()).rstrip("/")


def _covers(box: tuple[float, float, float, float], word: Word) -> bool:
    return (box[0] - LINK_PAD <= word.x0 and word.x1 <= box[2] + LINK_PAD
            and box[1] - LINK_PAD <= word.top and word.bottom <= box[3] + LINK_PAD)


def _web_targets(links: list[Link]) -> list[tuple[Link, str]]:
    return [(lk, _link_key(lk.uri)) for lk in links if _WEB.match(lk.uri.strip())]


def _url_rest(line: Line, word: Word, cell_x0: float, scope: list[Line]) -> tuple[int, Word] | None:
    """(index in ``scope``, word) of the cell just below a URL that ends its cell, in the same
    type and starting at the same left edge, when it is a single word of URL characters: the
    URL's rest, maybe."""
    size = word.size
    for n, other in enumerate(scope):
        if other is line or other.page != line.page:
            continue
        for cell in other.cells():
            first = cell[0]
            if (len(cell) == 1 and abs(first.x0 - cell_x0) <= URL_WRAP_EDGE * size
                    and abs(first.size - size) <= URL_WRAP_SIZE
                    and -URL_WRAP_GAP * size <= first.top - word.bottom <= URL_WRAP_GAP * size
                    and _URL_REST.fullmatch(first.text) and not _WEB.match(first.text)):
                return n, first
    return None


CLUSTER_REACH = 2  # lines either side of an e-mail or phone that may hold the rest of the contact details


def contact_cluster(lines: list[Line]) -> list[Line]:
    """The lines within CLUSTER_REACH lines of one holding an e-mail or a phone number."""
    anchors = [i for i, ln in enumerate(lines)
               if EMAIL.search(ln.text) or PHONE_SHAPE.search(_mask_dates(URL.sub(" ", ln.text)))]
    return [ln for i, ln in enumerate(lines) if any(abs(i - a) <= CLUSTER_REACH for a in anchors)]


def _printed_urls(scope: list[Line], near: list[list[Link]]) -> tuple[list[str], set[int]]:
    """The web addresses printed in the lines (not the e-mail ones), in reading order, and the
    ids of the lines that only hold the rest of a URL broken above them.

    A printed URL that a link over it (or on its line, when the URL breaks off at the line's
    end) begins with is that link's text, not an address of its own: a link wrapped over two
    lines carries one annotation per line, each with the whole target, and prints a fragment
    on each. A URL that breaks off at a cell's end and goes on in the cell below ("…/in/jane-"
    over "doe-4821/") is joined with its rest: where a link's target holds both, that target
    (already read from the link) is the address; else the text must show that the URL goes
    on there, not a place or a word printed under it."""
    urls: list[str] = []
    rests: set[int] = set()  # ids of the words that continue a URL (read with it)
    rest_lines: set[int] = set()
    for line, links in zip(scope, near):
        targets = _web_targets(links)
        text = EMAIL.sub(lambda m: " " * len(m.group(0)), line.text)  # offsets kept
        starts, at = [], 0
        for w in line.words:
            starts.append(at)
            at += len(w.text) + 1
        ends_cell = {i - 1 for i in line.gaps} | {len(line.words) - 1}
        for m in URL.finditer(text):
            i = bisect_right(starts, m.start()) - 1
            word = line.words[i]
            if id(word) in rests:
                continue  # the rest of a URL above, read with it
            printed = normalize_url(m.group(0))
            key = _link_key(printed)
            at_end = i in ends_cell and m.end() == starts[i] + len(word.text)
            linked = any(t.startswith(key) and (_covers(lk.box, word) or (at_end and len(t) > len(key)))
                         for lk, t in targets)
            rest = ""
            found = _url_rest(line, word, line.words[max(g for g in (0, *line.gaps) if g <= i)].x0,
                              scope) if at_end else None
            if found is not None:
                n, below = found
                joined = _link_key(printed + below.text)
                by_link = any(t.startswith(joined) for _, t in targets + _web_targets(near[n]))
                # Without a link, only text that can't stand alone: no address of its own
                # (stacked "github.com/jane" over "gitlab.com/jane" are two), and a name broken
                # at "-" or "_", or a path broken after a "/" that goes on with one.
                shows = not URL.search(below.text) and (
                    printed.endswith(("-", "_")) or (printed.endswith("/") and "/" in below.text))
                if by_link or (shows and not linked):
                    rest = below.text
                    rests.add(id(below))
                    if len(scope[n].words) == 1:
                        rest_lines.add(id(scope[n]))
                    linked = linked or by_link  # the link's target (read already) is the address
            if not linked:
                urls.append(normalize_url(printed + rest))
    return urls, rest_lines


def _contact_provenance(basics: Basics, span: Span, links: list[Link]) -> None:
    """Where each contact detail is printed, or else the link that carries it (an icon);
    a list's box covers its items on the first item's page."""
    for field in ("email", "emails", "phone", "phones", "url", "urls", "profiles"):
        value = getattr(basics, field)
        items = value if isinstance(value, list) else [value] if value else []
        found = [f for f in (_contact_place(span, field, item, links) for item in items) if f]
        if found:
            page = found[0][0]
            basics.provenance[field] = Source(page=page, box=union(box for p, box in found if p == page))


def _contact_place(span: Span, field: str, value: str | Profile, links: list[Link]) -> tuple[int, Box] | None:
    item = (value.url or "") if isinstance(value, Profile) else value
    if field.startswith("phone"):
        printed = span.find_digits(item)
    elif field.startswith("email"):
        printed = span.find(item)
    else:
        printed = span.find(re.sub(r"^https?://(www\.)?", "", item).rstrip("/"))
    if printed:
        return printed
    link = next((lk for lk in links if _links_to(lk.uri.strip(), field, item)), None)
    return (link.page, link.box) if link else None


def _links_to(uri: str, field: str, item: str) -> bool:
    scheme = uri.lower().split(":", 1)[0]
    if field.startswith("phone"):
        return scheme == "tel" and re.sub(r"\D", "", uri)[-7:] == re.sub(r"\D", "", item)[-7:]
    if field.startswith("email"):
        return scheme == "mailto" and uri[7:].split("?")[0].lower() == item.lower()
    return scheme not in ("mailto", "tel") and url_key(uri) == url_key(item)


# Contact details printed on one line: "City, ST | +1 555 … · name@example.org".
_PIECE_SEP = re.compile(r"\s+[|·•◦⋅∙]\s+|\s{2,}")
# A street printed on the line above its city starts within this many font sizes of the
# city's cell, its bottom within this many font sizes of the city's top (a line's leading).
STREET_ABOVE_EDGE = 3.0
STREET_ABOVE_GAP = 1.0
_STREET_LOOKBACK = 3  # lines back: a line of another column may come between


def _find_location(basics: Basics, lines: list[Line], region: str) -> None:
    """The first contact line (or cell or piece of one) that is a place: 'City, ST',
    'Street 1, 12345 City, Country', with the street printed on the line above."""
    for at, line in enumerate(lines):
        cell_label = None
        for cell in line.cells():
            cell_text = " ".join(w.text for w in cell)
            if cell_text.endswith((":", "：")):  # a label in a cell of its own, for the next cell
                cell_label = cell_text
                continue
            for piece in _PIECE_SEP.split(cell_text):
                label, value = label_value(piece.strip(" ,;"))
                label = label or cell_label
                if (label and fold(label) not in _folded_labels("address")) or EMAIL.search(value) \
                        or URL.search(value):
                    continue  # a birthplace, a nationality: not where the owner lives
                found = find_place(value, region)
                if found is None and "," in value and not is_contact(value) and looks_like_place(value):
                    found = value, split_location(value)  # spaCy's places: "Berkeley, California"
                if found is None:
                    continue
                printed, place = found
                words = list(cell)
                street = _street_above(lines[max(0, at - _STREET_LOOKBACK):at], cell)
                if street and printed == value.strip(" ,.;") and not place.street:
                    place.street = " ".join(w.text for w in street).strip(" ,")
                    printed = f"{place.street}, {printed}"
                    words = street + words
                basics.location, basics.place = printed, place
                basics.provenance["location"] = Source(
                    page=line.page, box=union((w.x0, w.top, w.x1, w.bottom) for w in words if w.page == line.page))
                return


def _street_above(lines: list[Line], cell: list[Word]) -> list[Word] | None:
    """The cell right above ``cell`` when it reads as a street: "1465 Saratoga Ave"."""
    top, left, size = min(w.top for w in cell), cell[0].x0, cell[0].size
    for line in reversed(lines):
        for above in line.cells():
            text = " ".join(w.text for w in above)
            if (line.page == cell[0].page and abs(above[0].x0 - left) <= STREET_ABOVE_EDGE * size
                    and 0 <= top - max(w.bottom for w in above) <= STREET_ABOVE_GAP * size
                    and looks_like_street(text) and not is_contact(text) and not names_a_month(text)):
                return above
    return None


def _e164(number: str, region: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
