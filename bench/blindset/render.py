#!/usr/bin/env python3
"""Blind-set renderer: flat label panels + phone-like photos.

usage: python3 render.py [--seed 7031] [--only ID ...]
Reads texts/ID.cells.json (same content as texts/ID.txt, with table cells kept apart),
writes images/ID.flat.png, images/ID.photo.jpg and images/manifest.jsonl.
Every parameter is drawn independently per image from the ranges below, from a
per-image seed derived from the master seed; the manifest records all of them.
"""
import argparse, json, math, os, random, re, sys, zlib
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype"
FONTS = {  # family: (regular, bold)
    "DejaVuSans": (f"{FD}/dejavu/DejaVuSans.ttf", f"{FD}/dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": (f"{FD}/dejavu/DejaVuSansCondensed.ttf", f"{FD}/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": (f"{FD}/dejavu/DejaVuSerif.ttf", f"{FD}/dejavu/DejaVuSerif-Bold.ttf"),
    "LiberationSans": (f"{FD}/liberation/LiberationSans-Regular.ttf", f"{FD}/liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": (f"{FD}/liberation/LiberationSansNarrow-Regular.ttf", f"{FD}/liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": (f"{FD}/liberation/LiberationSerif-Regular.ttf", f"{FD}/liberation/LiberationSerif-Bold.ttf"),
    "NotoSans": (f"{FD}/noto/NotoSans-Regular.ttf", f"{FD}/noto/NotoSans-Bold.ttf"),
    "NotoSerif": (f"{FD}/noto/NotoSerif-Regular.ttf", f"{FD}/noto/NotoSerif-Bold.ttf"),
    "FreeSans": (f"{FD}/freefont/FreeSans.ttf", f"{FD}/freefont/FreeSansBold.ttf"),
    "FreeSerif": (f"{FD}/freefont/FreeSerif.ttf", f"{FD}/freefont/FreeSerifBold.ttf"),
}
PANEL_KW = re.compile(r"^(Supplement Facts|Drug Facts|Medicinal Ingredients|Warnings|Directions|Other information)\b")

_fcache = {}
def font(path, size):
    k = (path, size)
    if k not in _fcache:
        _fcache[k] = ImageFont.truetype(path, size)
    return _fcache[k]

def tw(f, s):
    return f.getlength(s) if s else 0

def wrap_px(text, f, maxw, maxchars=None):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if cur and (tw(f, cand) > maxw or (maxchars and len(cand) > maxchars)):
            lines.append(cur); cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    # hard-break words that are still too wide
    out = []
    for l in lines:
        while tw(f, l) > maxw and len(l) > 1:
            n = len(l)
            while n > 1 and tw(f, l[:n]) > maxw:
                n -= 1
            out.append(l[:n]); l = l[n:]
        out.append(l)
    return out

def lu(r, a, b):  # log-uniform
    return math.exp(r.uniform(math.log(a), math.log(b)))

# ----------------------------------------------------------------------------- flat
def draw_params(r):
    p = {}
    p["page_w"] = int(lu(r, 600, 3000))
    p["body_px"] = r.randint(14, 40)
    p["family"] = r.choice(sorted(FONTS))
    p["title_scale"] = round(r.uniform(1.3, 2.6), 2)
    p["margin_frac"] = round(r.uniform(0.03, 0.09), 3)
    p["line_spacing"] = round(r.uniform(1.05, 1.45), 2)
    p["dark_panel"] = r.random() < 0.15
    p["bg_tint"] = [r.randint(215, 255), r.randint(210, 255), r.randint(200, 255)]
    p["fg"] = [r.randint(0, 60)] * 3 if r.random() < 0.7 else [r.randint(0, 70), r.randint(0, 70), r.randint(0, 90)]
    if p["dark_panel"]:
        p["bg_tint"] = [r.randint(10, 70), r.randint(10, 80), r.randint(20, 110)]
        p["fg"] = [r.randint(225, 255)] * 3
    p["row_style"] = r.choice(["hairline", "none", "dots", "hairline"])
    p["thick_bars"] = r.random() < 0.8
    p["bar_frac"] = round(r.uniform(0.25, 0.8), 2)
    p["box"] = r.random() < 0.6
    p["wrap_chars"] = r.randint(14, 40)         # max chars per line of a name cell
    p["name_col_frac"] = round(r.uniform(0.4, 0.7), 2)
    p["amount_next_line"] = r.random() < 0.15
    p["title_center"] = r.random() < 0.5
    p["para_justify_left"] = True
    p["col_gap_em"] = round(r.uniform(0.6, 2.0), 2)
    return p

def render_flat(blocks, p):
    regp, boldp = FONTS[p["family"]]
    W = p["page_w"]
    margin = max(8, int(W * p["margin_frac"]))
    inner = W - 2 * margin
    fs = p["body_px"]
    # keep at least ~22 average characters per line; record the size actually used
    while fs > 10 and inner / (fs * 0.55) < 22:
        fs -= 1
    p["body_px_used"] = fs
    F = font(regp, fs); FB = font(boldp, fs)
    FT = font(boldp, max(fs + 2, int(fs * p["title_scale"])))
    FS = font(boldp, max(fs + 1, int(fs * min(p["title_scale"], 1.6))))
    asc, desc = F.getmetrics()
    lh = max(int(fs * p["line_spacing"]), int((asc + desc) * 1.02))
    fg = tuple(p["fg"]); bg = tuple(p["bg_tint"])
    H = 20000
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    y = margin
    gap = int(fs * p["col_gap_em"])
    bar_h = max(2, int(fs * p["bar_frac"]))
    hair = max(1, fs // 14)
    first_title = True
    i = 0
    n = len(blocks)
    table_top = None
    while i < n:
        kind, v = blocks[i]
        if kind == "t":
            f = FT if first_title else FS
            first_title = False
            for line in wrap_px(v, f, inner):
                x = margin + (inner - tw(f, line)) / 2 if p["title_center"] else margin
                d.text((x, y), line, font=f, fill=fg)
                y += int(sum(f.getmetrics()) * 1.05)
            i += 1
            continue
        if kind == "p":
            if v in ("Supplement Facts", "Drug Facts") or (PANEL_KW.match(v) and len(v) < 30):
                f = FT if v in ("Supplement Facts", "Drug Facts") else FB
                if table_top is None and v in ("Supplement Facts", "Drug Facts"):
                    y += fs // 2
                    table_top = y - max(2, fs // 4)
                d.text((margin, y), v, font=f, fill=fg)
                y += int(sum(f.getmetrics()) * 1.1)
                if v in ("Supplement Facts", "Drug Facts") and p["thick_bars"]:
                    d.rectangle([margin, y, W - margin, y + hair], fill=fg); y += hair + fs // 4
            else:
                # bold lead-in like "Other ingredients:" / "Zutaten:"
                m = re.match(r"^([^:]{2,40}:)\s*(.*)$", v)
                lines = wrap_px(v, F, inner)
                for k, line in enumerate(lines):
                    if k == 0 and m and line.startswith(m.group(1)):
                        d.text((margin, y), m.group(1), font=FB, fill=fg)
                        d.text((margin + tw(FB, m.group(1) + " "), y), line[len(m.group(1)):].lstrip(), font=F, fill=fg)
                    else:
                        d.text((margin, y), line, font=F, fill=fg)
                    y += lh
            i += 1
            continue
        # --- table: collect consecutive rows
        rows = []
        while i < n and blocks[i][0] == "r":
            rows.append(blocks[i][1]); i += 1
        if table_top is None:
            y += fs // 2
            table_top = y - max(2, fs // 4)
        ncol = max(len(c) for c in rows) - 1
        colw = [0] * ncol
        for ri, c in enumerate(rows):
            f = FB if ri == 0 else F
            vals = list(c[1:])
            if ri == 0 and len(vals) < ncol:
                vals = [""] * (ncol - len(vals)) + vals
            for j, val in enumerate(vals):
                colw[j] = max(colw[j], tw(f, val))
        valw = sum(colw) + gap * ncol
        # A header cell wider than the panel ("% Daily Value for Pregnant and Lactating Women") used to push
        # every value column off the left edge; wrap such header cells over the body's columns instead.
        head_lines = None
        if sum(colw) + 4 * ncol > inner and ncol > 0 and len(rows) > 1:  # does not fit even at the least gap
            body = [0] * ncol
            for c in rows[1:]:
                for j, val in enumerate(list(c[1:])):
                    body[j] = max(body[j], tw(F, val))
            head = list(rows[0][1:])
            head = [""] * (ncol - len(head)) + head
            spare = max(0, inner - sum(body) - gap * ncol)
            head_lines = []
            for j in range(ncol):
                cap = max(body[j] + spare / ncol, fs * 4)
                lines = wrap_px(head[j], FB, cap) if head[j] else []
                head_lines.append(lines)
                colw[j] = max([body[j]] + [tw(FB, l) for l in lines])
            valw = sum(colw) + gap * ncol
        name_w = inner - valw
        next_line = p["amount_next_line"] or name_w < inner * 0.3
        if next_line:
            name_w = inner
            if valw > inner:  # values alone wider than panel: shrink gap
                gap = max(4, int((inner - sum(colw)) / max(1, ncol)))
        name_w = min(name_w, inner * max(p["name_col_frac"], 0.3)) if not next_line and ncol > 0 else name_w
        name_w = max(name_w, inner * 0.3) if not next_line else name_w
        # x of right edge of each value column
        rights = []
        x = W - margin
        for j in reversed(range(ncol)):
            rights.insert(0, x); x -= colw[j] + gap
        if p["thick_bars"]:
            d.rectangle([margin, y, W - margin, y + bar_h], fill=fg); y += bar_h + fs // 3
        for ri, c in enumerate(rows):
            f = FB if ri == 0 else F
            name, vals = c[0], list(c[1:])
            if ri == 0 and len(vals) < ncol:  # header row: labels sit over the right-most columns
                vals = [""] * (ncol - len(vals)) + vals
            # An empty name cell (a header over the value columns) still takes its line:
            # the row's values are drawn on the name's last line, so with no line they
            # would land one line up, behind the bar or over the row before.
            nl = wrap_px(name, f, name_w, p["wrap_chars"] if ri > 0 else None) or [""]
            y0 = y
            for line in nl:
                d.text((margin, y), line, font=f, fill=fg)
                y += lh
            if ri == 0 and head_lines is not None:  # wrapped header cells, top-aligned with the name
                for j, lines in enumerate(head_lines):
                    for k, line in enumerate(lines):
                        d.text((rights[j] - tw(f, line), y0 + k * lh), line, font=f, fill=fg)
                y = max(y, y0 + lh * max(1, max(len(l) for l in head_lines)))
                vals = []
            elif next_line and any(vals) and name.strip():
                vy = y
                y += lh
            else:
                vy = y - lh  # values on the last name line
            for j, val in enumerate(vals):
                if val:
                    d.text((rights[j] - tw(f, val), vy), val, font=f, fill=fg)
            if p["row_style"] == "dots" and ri > 0 and vals and vals[0] and not next_line:
                x0 = margin + tw(f, nl[-1]) + fs * 0.4
                firstval = next((j for j, v in enumerate(vals) if v), 0)
                x1 = rights[firstval] - tw(f, vals[firstval]) - fs * 0.4
                dw = tw(f, ".")
                if x1 > x0 + dw:
                    d.text((x0, vy), "." * int((x1 - x0) / dw), font=f, fill=fg)
            sep_y = y + max(1, (lh - fs) // 4)
            if ri == 0:
                d.rectangle([margin, sep_y, W - margin, sep_y + max(hair, bar_h // 3)], fill=fg)
            elif p["row_style"] == "hairline" and ri < len(rows) - 1:
                d.rectangle([margin, sep_y, W - margin, sep_y + hair - 1], fill=fg)
            y += max(3, (lh - fs) // 2) + hair
        if p["thick_bars"]:
            d.rectangle([margin, y, W - margin, y + bar_h], fill=fg); y += bar_h + fs // 3
        y += fs // 3
    y += margin
    if p["box"] and table_top is not None:
        bw = max(1, fs // 10)
        d.rectangle([margin // 2, max(0, table_top), W - margin // 2, y - margin // 2], outline=fg, width=bw)
    return img.crop((0, 0, W, y))

# ----------------------------------------------------------------------------- photo
def photo_params(r):
    q = {}
    q["tilt_deg"] = round(r.uniform(-15, 15), 2)
    q["cyl_strength"] = round(r.uniform(0, 1), 3)          # 0 = flat, 1 = strongly curved bottle
    q["persp_jitter"] = round(r.uniform(0, 0.12), 3)        # corner jitter, fraction of size
    q["bg_scale"] = round(r.uniform(1.1, 1.8), 3)           # canvas / label size
    q["clutter_items"] = r.randint(0, 25)
    q["glare_blobs"] = r.randint(0, 3)
    q["glare_strength"] = round(r.uniform(0.2, 0.9), 2)
    q["light_grad"] = round(r.uniform(0, 0.55), 3)
    q["shadow_alpha"] = round(r.uniform(0, 0.55), 3)
    q["blur_sigma"] = round(r.uniform(0, 2), 3)
    q["noise_std"] = round(r.uniform(0, 14), 2)
    q["target_mp"] = round(12.0 if r.random() < 0.08 else lu(r, 0.5, 4.0), 3)
    q["jpeg_quality"] = r.randint(25, 60)
    q["color_cast"] = [round(r.uniform(0.85, 1.1), 3) for _ in range(3)]
    return q

def cylinder(img, k, rng):
    h, w = img.shape[:2]
    if k < 0.02:
        return img, np.ones((h, w), np.float32)
    theta = k * 1.35  # half-angle of visible arc
    xs = np.linspace(-1, 1, w, dtype=np.float32)
    src = np.sin(xs * theta) / math.sin(theta)             # output x -> source x (compress edges)
    map_x = ((src + 1) / 2 * (w - 1)).astype(np.float32)
    map_x = np.repeat(map_x[None, :], h, 0)
    bow = (1 - np.cos(xs * theta)) * h * 0.04 * k * rng.choice([-1, 1])
    ys = np.arange(h, dtype=np.float32)[:, None]
    yc = (ys - h / 2) * (1 + (1 - np.cos(xs * theta))[None, :] * 0.05 * k) + h / 2 + bow[None, :]
    out = cv2.remap(img, map_x, yc.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = (0.55 + 0.45 * np.cos(xs * theta) ** 1.5)[None, :].repeat(h, 0).astype(np.float32)
    return out, shade

def clutter_bg(H, W, r, nitems):
    base = np.array([r.randint(30, 230) for _ in range(3)], np.float32)
    bg = np.ones((H, W, 3), np.float32) * base
    gx = np.linspace(r.uniform(-40, 40), r.uniform(-40, 40), W, dtype=np.float32)[None, :, None]
    gy = np.linspace(r.uniform(-40, 40), r.uniform(-40, 40), H, dtype=np.float32)[:, None, None]
    bg = bg + gx + gy
    tex = cv2.GaussianBlur(np.random.default_rng(r.randint(0, 2**31)).normal(0, 18, (H, W)).astype(np.float32), (0, 0), r.uniform(1, 6))
    bg += tex[:, :, None]
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    for _ in range(nitems):
        col = tuple(int(r.randint(0, 255)) for _ in range(3))
        cx, cy = r.randint(0, W), r.randint(0, H)
        s = r.randint(max(4, min(H, W) // 40), max(8, min(H, W) // 4))
        t = r.random()
        if t < 0.35:
            cv2.rectangle(bg, (cx, cy), (cx + s, cy + int(s * r.uniform(0.3, 2))), col, -1)
        elif t < 0.65:
            cv2.ellipse(bg, (cx, cy), (s, int(s * r.uniform(0.3, 1))), r.uniform(0, 180), 0, 360, col, -1)
        elif t < 0.85:
            cv2.line(bg, (cx, cy), (cx + r.randint(-3 * s, 3 * s), cy + r.randint(-3 * s, 3 * s)), col, r.randint(1, max(2, s // 6)))
        else:
            cv2.putText(bg, r.choice(["SALE", "50%", "Vitamin C", "Omega-3", "MAG", "ZINC", "organic"]), (cx, cy),
                        cv2.FONT_HERSHEY_SIMPLEX, s / 40, col, max(1, s // 25))
    return bg

def render_photo(flat_rgb, q, seed):
    r = random.Random(seed)
    nrng = np.random.default_rng(seed)
    img = np.array(flat_rgb)
    # pre-shrink very large panels so the working canvas is at most ~1.5x the output pixel count
    cmp_ = img.shape[0] * img.shape[1] * q["bg_scale"] ** 2 / 1e6
    if cmp_ > 1.5 * q["target_mp"]:
        f = math.sqrt(1.5 * q["target_mp"] / cmp_)
        img = cv2.resize(img, (max(32, int(img.shape[1] * f)), max(32, int(img.shape[0] * f))), interpolation=cv2.INTER_AREA)
        q["prescale"] = round(f, 4)
    img, shade = cylinder(img, q["cyl_strength"], r)
    img = (img.astype(np.float32) * shade[:, :, None])
    h, w = img.shape[:2]
    # place on cluttered canvas
    S = q["bg_scale"]
    CW, CH = int(w * S), int(h * S)
    canvas = clutter_bg(CH, CW, r, q["clutter_items"]).astype(np.float32)
    # destination quad: centered, rotated, perspective-jittered
    cx, cy = CW / 2 + r.uniform(-0.05, 0.05) * CW, CH / 2 + r.uniform(-0.05, 0.05) * CH
    ang = math.radians(q["tilt_deg"])
    pts = []
    for (u, v) in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]:
        u += r.uniform(-1, 1) * q["persp_jitter"] * w
        v += r.uniform(-1, 1) * q["persp_jitter"] * h
        pts.append((cx + u * math.cos(ang) - v * math.sin(ang), cy + u * math.sin(ang) + v * math.cos(ang)))
    src = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    M = cv2.getPerspectiveTransform(src, np.float32(pts))
    warped = cv2.warpPerspective(img, M, (CW, CH), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (CW, CH), flags=cv2.INTER_LINEAR)
    # soft drop shadow under the label
    sh = cv2.GaussianBlur(mask, (0, 0), max(2, min(CW, CH) / 80))
    sh = np.roll(np.roll(sh, int(CH * 0.01), 0), int(CW * 0.01), 1)
    canvas *= (1 - 0.35 * sh)[:, :, None]
    out = canvas * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # uneven lighting: linear gradient + radial
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    a = r.uniform(0, 2 * math.pi)
    lin = ((xx / CW - 0.5) * math.cos(a) + (yy / CH - 0.5) * math.sin(a))
    rad = np.hypot(xx / CW - r.random(), yy / CH - r.random())
    light = 1 - q["light_grad"] * (lin + 0.5) * 0.8 - q["light_grad"] * 0.4 * rad
    out *= np.clip(light, 0.2, 1.2)[:, :, None]
    # cast shadow (soft polygon)
    if q["shadow_alpha"] > 0.05:
        sm = np.zeros((CH, CW), np.float32)
        poly = np.int32([[r.randint(0, CW), r.randint(0, CH)] for _ in range(r.randint(3, 6))])
        cv2.fillPoly(sm, [poly], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), max(3, min(CW, CH) / r.uniform(8, 40)))
        out *= (1 - q["shadow_alpha"] * sm)[:, :, None]
    # glare
    for _ in range(q["glare_blobs"]):
        gm = np.zeros((CH, CW), np.float32)
        c = (r.randint(0, CW), r.randint(0, CH))
        ax = (r.randint(CW // 30 + 1, CW // 5 + 2), r.randint(CH // 30 + 1, CH // 6 + 2))
        cv2.ellipse(gm, c, ax, r.uniform(0, 180), 0, 360, 1.0, -1)
        gm = cv2.GaussianBlur(gm, (0, 0), max(2, max(ax) / 3))
        out = out + (255 - out) * (q["glare_strength"] * gm)[:, :, None]
    out *= np.float32(q["color_cast"])[None, None, :]
    # resize to target megapixels
    mp = CW * CH / 1e6
    sc = math.sqrt(q["target_mp"] / mp)
    nw, nh = max(64, int(CW * sc)), max(64, int(CH * sc))
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.resize(out, (nw, nh), interpolation=cv2.INTER_AREA if sc < 1 else cv2.INTER_CUBIC)
    if q["blur_sigma"] > 0.05:
        out = cv2.GaussianBlur(out, (0, 0), q["blur_sigma"])
    out = out.astype(np.float32) + nrng.normal(0, q["noise_std"], out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    q["out_size"] = [nw, nh]
    return out

# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7031)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--set", default=None, help="the set's folder (bench/blindset3 …); default: this one")
    ap.add_argument("--photo-body-px", default=None, metavar="LO-HI",
                    help="size each photo so its body text is LO–HI px (drawn uniformly), instead of a random 0.5–12 MP "
                         "that can leave it at 3 px; 18-30 is the held-out set's range")
    a = ap.parse_args()
    # A missing face would fail deep inside a worker; the families come from Debian's fonts-dejavu-core,
    # fonts-liberation, fonts-noto-core and fonts-freefont-ttf.
    missing = sorted({p for pair in FONTS.values() for p in pair if not os.path.exists(p)})
    if missing:
        sys.exit(f"render.py: missing font files ({', '.join(missing)}): "
                 "apt-get install fonts-dejavu-core fonts-liberation fonts-noto-core fonts-freefont-ttf")
    global HERE
    if a.set:
        HERE = os.path.abspath(a.set)  # (the render workers are forked, so they see it too)
    recs = [json.loads(l) for l in open(f"{HERE}/expected.jsonl")]
    os.makedirs(f"{HERE}/images", exist_ok=True)
    body = tuple(float(x) for x in a.photo_body_px.split("-")) if a.photo_body_px else None
    todo = [(rec["id"], a.seed, body) for rec in recs if not a.only or rec["id"] in a.only]
    from multiprocessing import Pool
    with Pool(os.cpu_count() or 1) as pool:
        res = pool.map(one, todo, chunksize=1)
    man = [m for pair in res for m in pair]
    if not a.only:
        with open(f"{HERE}/images/manifest.jsonl", "w") as fo:
            for m in man:
                fo.write(json.dumps(m, ensure_ascii=False) + "\n")

def one(arg):
        cv2.setNumThreads(1)
        lid, seed, body = arg
        man = []
        blocks = json.load(open(f"{HERE}/texts/{lid}.cells.json"))
        fseed = (seed * 1000003 + zlib.crc32(f"{lid}:flat".encode())) % 2**31
        pseed = (seed * 1000003 + zlib.crc32(f"{lid}:photo".encode())) % 2**31
        p = draw_params(random.Random(fseed))
        flat = render_flat(blocks, p)
        fp = f"images/{lid}.flat.png"
        flat.save(f"{HERE}/{fp}")
        man.append({"image": fp, "label_id": lid, "type": "flat", "seed": fseed, "size": list(flat.size), "params": p})
        q = photo_params(random.Random(pseed))
        if body:
            # body_out = body_px × sqrt(target_mp·1e6) / (bg_scale × sqrt(flat pixels)); the draw uses its own stream,
            # so the other photo parameters stay those of the default rendering
            want = random.Random(pseed ^ 0x5EED).uniform(*body)
            mp = (want * q["bg_scale"] * math.sqrt(flat.size[0] * flat.size[1]) / p["body_px_used"]) ** 2 / 1e6
            q["target_mp"] = round(min(mp, 24.0), 3)
            q["body_px_out"] = round(p["body_px_used"] * math.sqrt(q["target_mp"] * 1e6)
                                     / (q["bg_scale"] * math.sqrt(flat.size[0] * flat.size[1])), 1)
        ph = render_photo(flat, q, pseed)
        pp = f"images/{lid}.photo.jpg"
        Image.fromarray(ph).save(f"{HERE}/{pp}", quality=q["jpeg_quality"])
        man.append({"image": pp, "label_id": lid, "type": "photo", "seed": pseed, "from": fp, "params": q})
        print(lid, flat.size, q["out_size"], flush=True)
        return man

if __name__ == "__main__":
    main()
