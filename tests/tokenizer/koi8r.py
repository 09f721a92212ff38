# -*- coding: koi8-r -*-
s = "Привет"
