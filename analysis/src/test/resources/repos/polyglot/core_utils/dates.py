def today(): return 1
