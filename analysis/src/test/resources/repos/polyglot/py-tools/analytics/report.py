import core_utils
from core_utils.dates import today
