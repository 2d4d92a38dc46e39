"""Sleep-suitability verdict: versioned rules over the audited facts. Each rule adds a reason a shopper can read
and names the sources it rests on (ids of data/sources.toml); judgements of this project say so in their words."""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import TITLES
from .models import Check, CoIngredient, LabelFacts, Level, MagnesiumForm, Personal, Verdict
from .profile import assess, pregnancy_rda_range
from .tables import form_info, limits

RULES_VERSION = "2026.11.2"

_ORDER = {Level.SUITABLE: 0, Level.CAUTION: 1, Level.UNSUITABLE: 2}

_SOLUBLE_SOURCES = ("firoz2001", "lindberg1990", "kappeler2017", "pardo2021")
_POOR_SOURCES = ("firoz2001", "lindberg1990", "schuette1994")


@dataclass
class Claims:
    """Reasons (with a level) and notes, each with the source ids it rests on."""

    reasons: list[tuple[Level, str, tuple[str, ...]]] = field(default_factory=list)
    notes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def reason(self, level: Level, text: str, *sources: str) -> None:
        self.reasons.append((level, text, tuple(sources)))

    def note(self, text: str, *sources: str) -> None:
        self.notes.append((text, tuple(sources)))


def _mg(v: float) -> str:
    return f"{v:,.0f} mg"


def _form_reason(f: MagnesiumForm, c: Claims) -> None:
    """What the evidence says of a form: solubility class (absorption), laxative use; never a marketing claim."""
    if f is MagnesiumForm.UNKNOWN:
        c.reason(Level.CAUTION, "The label does not say which magnesium compound it uses, so absorption cannot be judged.", "cfr101_36")
        return
    if f is MagnesiumForm.AMINO_ACID_CHELATE:
        c.reason(Level.SUITABLE, "An amino acid chelate of an unnamed amino acid: its magnesium content cannot be computed, and no human study sets it apart from other soluble forms.", "molmass", "pardo2021")
        return
    info = form_info(f)
    name = f"Magnesium {f.value.replace('_', ' ')}"
    if info.sleep == "laxative":
        c.reason(Level.CAUTION, f"{name} is sold mainly as an osmotic laxative; it is a poor choice for a nightly supplement.", "otc_epsom", "otc_mom", "iom1997")
        return
    if info.sleep == "poor":
        c.reason(Level.CAUTION, f"{name} is poorly soluble: urinary studies put it far behind soluble salts (4% urinary recovery for oxide), though the one isotope study found it equal; it acts as a laxative at higher doses.", *_POOR_SOURCES, "iom1997")
        return
    if info.solubility == "poor":
        c.reason(Level.SUITABLE, f"{name} is poorly soluble in water (it dissolves in stomach acid); no human study ranks its absorption against soluble salts, so its absorbed band is the wide one of poorly soluble salts.", "lindberg1990", "molecules2020")
        return
    text = (f"{name} is a soluble salt; soluble salts beat oxide tablets in small human studies, no human study shows glycinate, "
            "threonate, taurate or malate absorbed better than other soluble salts, and no form has been tested against another for sleep")
    if info.laxative:
        text += "; like every dissociable salt it can loosen stools at higher doses"
    c.reason(Level.SUITABLE, text + ".", *_SOLUBLE_SOURCES, *(("iom1997",) if info.laxative else ()))


def decide(
    facts: LabelFacts,
    *,
    elemental_mg_per_day: float | None,
    checks: tuple[Check, ...],
    personal: Personal | None = None,
    elemental_mg_per_serving: float | None = None,
    elemental_mg_per_day_range: tuple[float, float] | None = None,
) -> Verdict:
    """Apply the sleep rules.

    Args:
        facts: parsed label (its kind and population decide which rules apply).
        elemental_mg_per_day: elemental magnesium per day at the directed use (None if it cannot be told).
        checks: label-audit checks; a failed one lowers the verdict to caution.
        personal: the audit against a person (profile.assess): the UL used, other magnesium, interactions.
        elemental_mg_per_serving: magnesium taken at one time (for the advice to split a dose).
        elemental_mg_per_day_range: (least, most) a day over the directed use.

    Returns:
        Verdict whose level is the worst level any rule reached, with one reason per rule that fired.
    """
    lim = limits()
    c = Claims()

    stimulants = _unique([x for x in facts.co_ingredients if x.kind == "stimulant"])
    for x in stimulants:
        c.reason(Level.UNSUITABLE, f"Contains {x.raw.strip()}, a stimulant that works against sleep.", "stimulant")

    if not facts.sources:
        if not stimulants:
            c.reason(Level.UNKNOWN, "No magnesium source found on this label.", "cfr101_36")
        return _finish(Level.UNSUITABLE if stimulants else Level.UNKNOWN, c)

    if facts.kind == "topical":
        c.reason(
            Level.UNSUITABLE,
            f"This is a topical product ('{facts.kind_evidence[0] if facts.kind_evidence else 'for the skin'}'), not taken by mouth: it gives no "
            "magnesium intake to count and no absorbed estimate. Absorption through the skin is scientifically unsupported "
            "(Gröber 2017), and a cream trial found no significant rise in blood magnesium overall (Kass 2017).",
            "grober2017", "kass2017",
        )
        for chk in checks:
            if chk.ok is False:
                c.reason(Level.CAUTION, f"Label problem: {TITLES.get(chk.id, chk.id)}.", *chk.sources)
        return _finish(Level.UNSUITABLE, c)

    forms = []
    for s in facts.sources:
        for f in s.forms or (s.form,):
            if f not in forms:
                forms.append(f)
    for f in forms:
        _form_reason(f, c)

    if facts.kind == "otc_drug":
        if "laxative" in facts.drug_purposes:
            rng = f" ({_mg(elemental_mg_per_day_range[0])}–{_mg(elemental_mg_per_day_range[1])} of magnesium a day as directed)" if elemental_mg_per_day_range and elemental_mg_per_day_range[1] > elemental_mg_per_day_range[0] else ""
            us_ul = lim["upper_limit"]["us_supplemental_mg"]
            above = (f" and above the {us_ul} mg upper limit for magnesium from supplements and medicines"
                     if elemental_mg_per_day is not None and elemental_mg_per_day > us_ul else "")
            c.reason(Level.UNSUITABLE, f"This is a saline laxative drug (Drug Facts){rng}, not a sleep supplement: its directed doses are meant to empty the bowel{above}.",
                     *lim["otc"]["laxative_sources"], "iom1997")
        elif "analgesic" in facts.drug_purposes:
            c.reason(Level.UNSUITABLE, "This is a pain-relief drug (Drug Facts): its magnesium comes as the salt of its "
                     "active ingredient, an NSAID whose label warns of stomach bleeding; it is not a magnesium or sleep supplement.",
                     *lim["otc"]["analgesic_sources"])
        else:
            c.reason(Level.CAUTION, "This is an antacid drug (Drug Facts) for occasional use at the dose its label allows, not a daily sleep supplement.", *lim["otc"]["antacid_sources"])

    population = facts.population
    if personal is None:
        personal = assess(None, population, elemental_mg_per_day)
    ul = personal.ul_mg
    child = ul is None or ul < lim["upper_limit"]["us_supplemental_mg"]
    who = personal.population.replace(" (no profile given)", "").replace(" (the label's population)", "")
    if not child and personal.defaults_used:
        who = "adults"
    ul_sources = ("ul_children", "iom1997") if child else ("iom1997",)
    eu_ul = lim["upper_limit"]["eu_supplemental_mg"]
    window_low, window_high = lim["sleep"]["window_low_mg"], lim["sleep"]["window_high_mg"]
    if elemental_mg_per_day is None:
        c.reason(Level.UNKNOWN, "The label gives no amount of magnesium that can be turned into a daily dose.", "cfr101_36")
    else:
        other = personal.other_mg_per_day
        d = elemental_mg_per_day + other
        day = f"{_mg(elemental_mg_per_day)} of magnesium a day" if not other else f"{_mg(d)} of magnesium a day ({_mg(elemental_mg_per_day)} from this product and {_mg(other)} from other products)"
        if not facts.serving.daily_servings_stated:
            c.note("No directions found on the label: one serving a day is assumed (the panel's amounts are per serving).", "cfr101_36", "judgement")
        if ul is None:
            c.reason(Level.CAUTION, f"No upper limit is set for {who}: supplemental magnesium for an infant only on a doctor's advice.", *ul_sources)
        elif d > lim["sleep"]["excessive_factor"] * ul:
            c.reason(Level.UNSUITABLE, f"{day} is more than twice the upper limit of {_mg(ul)} from supplements for {who}; expect diarrhoea.", *ul_sources)
        elif d > ul:
            extra = f"; the EU limit is {eu_ul} mg" if not child else ""
            c.reason(Level.CAUTION, f"{day} is above the upper limit of {_mg(ul)}/day from supplements for {who} (diarrhoea risk){extra}.", *ul_sources, *(("scf2001",) if not child else ()))
        elif d > eu_ul and not child:
            c.reason(Level.SUITABLE, f"{day} is within the US upper limit ({ul:.0f} mg) but above the EU limit of {eu_ul} mg/day.", "iom1997", "scf2001")
        elif child:
            c.reason(Level.SUITABLE, f"{day} is within the upper limit of {_mg(ul)}/day from supplements for {who}.", *ul_sources)
        if facts.kind == "supplement" and not child and ul is not None:
            _sleep_dose(c, d, day, forms, window_low, window_high)
        elif child:
            c.note("The sleep trials of magnesium in the sources were all in adults (mostly older adults), not children.", "mah2021")
        if facts.kind == "supplement" and elemental_mg_per_serving and elemental_mg_per_serving > lim["sleep"]["split_above_mg"] and not child:
            c.note(f"{_mg(elemental_mg_per_serving)} of magnesium at one time is above {lim['sleep']['split_above_mg']} mg, the EU limit set at the no-effect level for diarrhoea: "
                   "a daily dose is better tolerated divided into two or more intakes, and food likely counteracts the loosening effect. "
                   "No form has an established laxative threshold of its own (IOM treats all dissociable salts alike).", *lim["sleep"]["split_sources"])
    if population == "pregnancy" or "pregnan" in personal.population or "breastfeeding" in personal.population:
        lo, hi = pregnancy_rda_range()
        c.note(f"In pregnancy and breastfeeding the upper limit for supplemental magnesium stays {lim['upper_limit']['us_supplemental_mg']} mg/day; the RDA of {lo:.0f}–{hi:.0f} mg counts food too.", "iom1997", "nasem_dri")
    if personal.rda_range_mg and elemental_mg_per_day is not None:
        lo, hi = personal.rda_range_mg
        rda = f"{lo:.0f} mg" if lo == hi else f"{lo:.0f}–{hi:.0f} mg"
        total = elemental_mg_per_day + personal.other_mg_per_day
        c.note(f"{_mg(total)} a day from supplements against the {personal.rda_kind} of {rda} for {who} (the {personal.rda_kind} counts food too).", *personal.sources[:1])

    zinc_mg = _daily(facts, "zinc")
    if zinc_mg is not None and zinc_mg > lim["zinc"]["ul_mg"]:
        text = f"{_mg(zinc_mg)} of zinc a day is above the zinc upper limit of {lim['zinc']['ul_mg']} mg"
        srcs = list(lim["zinc"]["ul_sources"])
        if zinc_mg >= lim["zinc"]["balance_mg"]:
            text += f"; {lim['zinc']['balance_mg']} mg a day lowered magnesium balance in one study, and {lim['zinc']['absorption_mg']} mg a day lowered its absorption"
            srcs += lim["zinc"]["balance_sources"] + lim["zinc"]["absorption_sources"]
        c.reason(Level.CAUTION, text + ".", *srcs)
    elif zinc_mg is not None:
        c.note(f"Also gives {_mg(zinc_mg)} of zinc a day; zinc lowered magnesium balance only at {lim['zinc']['balance_mg']} mg a day or more, and spacing zinc from magnesium at ordinary doses has no evidence behind it.", *lim["zinc"]["balance_sources"], *lim["zinc"]["absorption_sources"])
    calcium_mg = _daily(facts, "calcium")
    if calcium_mg is not None:
        c.note(f"Also gives {_mg(calcium_mg)} of calcium a day: in a stable-isotope study two calcium intakes did not change magnesium balance, and no source supports a fixed time between calcium and magnesium.", *lim["calcium"]["sources"])
    for x in _unique([x for x in facts.co_ingredients if x.kind == "sleep_aid"]):
        c.note(f"Also contains {x.raw.strip()}; its effect is not judged here.", "judgement")
    if facts.serving.bedtime:
        c.note("The directions say to take it in the evening or at bedtime (no trial tested a time before bed).", "mah2021", "abbasi2012", "held2002")
    if facts.kind == "supplement":
        c.note("Timing: no trial tested a time before bed (Abbasi 2012 dosed twice a day, Held 2002 up to three times). Taking it with food likely counteracts its loosening effect.", "mah2021", "abbasi2012", "held2002", "iom1997")

    for chk in checks:
        if chk.ok is False:
            c.reason(Level.CAUTION, f"Label problem: {TITLES.get(chk.id, chk.id)}.", *chk.sources)

    _kidney_and_medicines(c, personal)

    if elemental_mg_per_day is None and not stimulants:
        return _finish(Level.UNKNOWN, c)
    level = max((lv for lv, _, _ in c.reasons if lv in _ORDER), key=_ORDER.get, default=Level.UNKNOWN)
    return _finish(level, c)


def _sleep_dose(c: Claims, d: float, day: str, forms: list[MagnesiumForm], window_low: int, window_high: int) -> None:
    """The dose against the sleep trials (adults, oral supplements)."""
    lim = limits()["sleep"]
    window = f"the {window_low}–{window_high} mg a day this tool takes from the sleep trials within the upper limit (a judgement; the trials used 320–729 mg, mostly in older adults)"
    if d < lim["low_dose_mg"] and forms != [MagnesiumForm.THREONATE]:
        c.reason(Level.CAUTION, f"{day} is a low dose, below every sleep-trial dose except threonate's {lim['threonate_trial_mg']} mg and well under {window}.", *lim["window_sources"])
    elif d < lim["low_dose_mg"]:
        c.reason(Level.SUITABLE, f"{day} is under 100 mg; the one sleep trial of threonate used about {lim['threonate_trial_mg']} mg a day (1 g of magnesium L-threonate; co-authored by the ingredient's maker).", *lim["threonate_sources"])
    elif d < window_low:
        c.reason(Level.SUITABLE, f"{day} is below {window}.", *lim["window_sources"])
    elif d <= window_high:
        c.reason(Level.SUITABLE, f"{day} is within {window}.", *lim["window_sources"])


def _kidney_and_medicines(c: Claims, personal: Personal) -> None:
    kidney_sources = tuple(limits()["kidney"]["sources"])
    if personal.kidney_disease:
        c.reason(Level.UNSUITABLE, "Kidney disease: do not take magnesium supplements without your doctor; poor kidney function lets magnesium build up, and severe excess occurs almost uniformly in severe kidney failure with supplements, laxatives or antacids.", *kidney_sources)
    else:
        c.note("Kidney disease: do not take magnesium supplements without a doctor; poor kidney function lets magnesium build up.", *kidney_sources)
    if personal.interactions:
        for i in personal.interactions:
            if i.kind in ("avoid", "raises"):
                c.reason(Level.CAUTION, i.advice, *i.sources)
            else:
                c.note(i.advice, *i.sources)
    else:
        c.note(
            "Medicines: magnesium blocks the absorption of some drugs, and their labels set the gap: quinolone antibiotics "
            "(ciprofloxacin 2 h before or 6 h after; moxifloxacin 4 h before or 8 h after), tetracycline antibiotics (2 h before or "
            "4-6 h after), levothyroxine (4 h apart), dolutegravir (2 h before or 6 h after), gabapentin (2 h after), "
            "bisphosphonates (30-60 min before anything else in the morning). Name yours with --med for its line.",
            "label_cipro", "label_moxi", "ods_antibiotics", "label_levothyroxine", "label_dolutegravir", "label_gabapentin", "label_alendronate", "label_ibandronate",
        )
    if personal.defaults_used:
        who = personal.population.replace(" (no profile given)", "").replace(" (the label's population)", "")
        who = "an adult of 19-50" if who == "adult 19-50" else who
        c.note(f"No profile given: judged for {who}, without kidney disease and taking no medicines. Give --age, --sex, --pregnant, --kidney or --med (or --profile FILE) for your own limits.", *personal.sources[:1])


def _daily(facts: LabelFacts, kind: str) -> float | None:
    amounts = [x.amount.mg for x in facts.co_ingredients if x.kind == kind and x.amount is not None]
    if not amounts:
        return None
    return max(amounts) * facts.serving.daily_servings


def _unique(items: list[CoIngredient]) -> list[CoIngredient]:
    seen, out = set(), []
    for x in items:
        if x.name not in seen:
            seen.add(x.name)
            out.append(x)
    return out


def _finish(level: Level, c: Claims) -> Verdict:
    # worst reasons first, so the headline explains the level
    rank = {Level.UNSUITABLE: 0, Level.CAUTION: 1, Level.UNKNOWN: 2, Level.SUITABLE: 3}
    ordered = sorted(c.reasons, key=lambda x: rank[x[0]])
    return Verdict(
        level=level,
        reasons=tuple(r for _, r, _ in ordered),
        notes=tuple(n for n, _ in c.notes),
        rules_version=RULES_VERSION,
        reason_sources=tuple(s for _, _, s in ordered),
        note_sources=tuple(s for _, s in c.notes),
    )
