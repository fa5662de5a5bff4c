"""The chair rotation of ASEAN and the ASCN: who chairs any term, and why.

>>> import ascn
>>> rotation = ascn.load().rotation("ASEAN")
>>> rotation.chair(2027).member, rotation.chair(2027).status.value
('SG', 'agreed')
>>> rotation.next_term("Viet Nam", after=2026).start.year
2030

Recorded and agreed terms come from the network's records; later ones are projected by the
rule (the alphabetical order of the members' ASEAN English short names) as bent by the
recorded decisions. Every answer can explain itself (:meth:`Rotation.explain`), and
:meth:`Rotation.assuming` asks "what if" with more decisions.
"""

from __future__ import annotations

from ascn.errors import NoChairError
from ascn.rotation.asean import rotation_of
from ascn.rotation.explanation import Explanation, Step
from ascn.rotation.rotation import Rotation

__all__ = ["Explanation", "NoChairError", "Rotation", "Step", "rotation_of"]
