"""A small archive of fictional articles whose titles, outlets and URLs are hostile markup."""

from __future__ import annotations

import json
from pathlib import Path

SCRIPT = "<script>alert('brief')</script>"
IMG = '<img src="https://tracker.invalid/x.png" onerror="alert(1)">'

ARTICLES = [
    {
        "title": f"Ostravia vows 40,000 drones a month {SCRIPT}",
        "outlet": f"Lantern Wire {IMG}",
        "published": "2026-03-02",
        "url": "javascript:alert(document.cookie)",
        "text": (
            "Ostravia will produce 40,000 attack drones a month by the end of the year, Defence Minister Pavel "
            "Renko said on Monday, as the government expands its arms industry. Renko told a news conference in "
            "Karsk that the target had been agreed with the country's four largest manufacturers. \"We will meet "
            "this target <script>and more</script>,\" Renko said. The ministry said new assembly lines would open "
            "in the spring and that wages at the plants would rise by about 12 percent."
        ),
    },
    {
        "title": "Ostravia drone output far below target, think-tank says",
        "outlet": "The Karsk Examiner",
        "published": "2026-04-10",
        "url": "https://karsk-examiner.example/news/2026/04/10/ostravia-drone-output",
        "text": (
            "Ostravia is producing about 150,000 attack drones a year, well short of the official goal, according "
            "to an estimate by the Brenholt Centre for Security Studies published on Friday. Ilse Varga, a "
            "researcher at the centre, said the plants in Karsk lacked engines and batteries. \"The numbers the "
            "ministry publishes are not the numbers the factories ship,\" Varga said. The centre based its estimate "
            "on customs records and satellite images of the main assembly sites."
        ),
    },
]


def write_batch(path: str | Path) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for article in ARTICLES:
            fh.write(json.dumps(article) + "\n")
    return path
