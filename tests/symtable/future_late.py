# A late future import is the compiler's error, not the table's.
import os
from __future__ import nope
