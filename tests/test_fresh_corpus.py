"""Corpora written after the rules, on topics they were not written for
(``tests/fresh``: ports and launchers, drugmakers and airlines, utilities;
``tests/fresh2``: copper mining, telecoms, grocery retail, a city's tram;
``tests/fresh3``: electric cars, a football club, a hotel group;
``tests/fresh4``: shipping, airlines, a university, a film studio, a vaccine
plant; ``tests/fresh5``: an insurer, a cement maker, a satellite operator, a
fashion retailer, a regional airport; ``tests/fresh6``: a copper and
lithium miner, a fibre builder, a dairy co-operative, an arena, a city's bus
and tram operator; ``tests/fresh7``: a hotel chain, a frozen-food maker, a
toll road, an electrolyser maker, a museum; ``tests/fresh8``: a pet-food
maker, a cinema chain, a crane hirer, a salmon farmer, a data-centre
developer; ``tests/fresh9``: a plastics recycler, ski resorts, a consumer
lender, sawmills, ferries; ``tests/fresh10``: a brewer, an insulin-pump
maker, an airport operator, a toy maker, a steel mini-mill; ``tests/fresh11``:
a wine group, gyms, a card processor, a tractor maker, a cruise line;
``tests/fresh12``: a chocolate maker, telecom towers, car rental, geothermal
power, a newspaper publisher; ``tests/fresh13``: a shipyard, a motor insurer,
a low-cost airline, a frozen-vegetable processor, district heating;
``tests/fresh14``: a gold miner, modular housing, a city's bike share, a
vaccine filler, a battery recycler; ``tests/fresh15``: heat pumps, seaweed
farming, data-centre cooling, textile recycling, lifts and escalators;
``tests/fresh16``: cocoa grinding, pharmacy chains, wind-blade recycling,
concert promoters, car parts; ``tests/fresh17``: hydrogen electrolysers,
school meals, ferries, vertical farming, e-bike battery recycling;
``tests/fresh18``: desalination, regional airlines, cocoa grinding,
data-centre cooling, offshore salmon farming; ``tests/fresh19``: ceramic
tiles, freight wagons, factory cybersecurity, padel media rights, paper
mills; ``tests/fresh20``: a fertiliser maker, glass bottles, cold
storage, buses, a sugar refiner; ``tests/fresh21``: a coffee roaster,
forklift trucks, dental clinics, a salt miner, energy from waste;
``tests/fresh22``: rail signalling, industrial laundry, a flour miller, an
olive-oil group, a solar-glass maker; ``tests/fresh23``: paints and
coatings, dredging, hearing aids, mushroom growing, plasterboard;
``tests/fresh24``: vegetable seed breeding, funeral services, industrial
pumps, fast charging for electric cars, mattresses; ``tests/fresh25``:
industrial bakeries, veterinary clinics, pianos, opticians, self-storage;
``tests/fresh26``: tyres, private schools, zoos and aquariums, bottled
water, record labels; ``tests/fresh27``: watches, perfume, bicycles, tea,
pencils; ``tests/fresh28``: cork, fireworks, honey, rope, umbrellas;
``tests/fresh29``: pencils (another maker), industrial laundry, packaged
ice, book printing, jewellery; ``tests/fresh30``: candles, carpets,
scaffolding, cutlery, greenhouses; ``tests/fresh31``: leather tanning, pipe
organs, wallpaper, fishing tackle, lawnmowers; ``tests/fresh32``: bell
foundries, marble quarrying, sailmaking, hot-air balloons, kayaks;
``tests/fresh33``: acoustic guitars, porcelain tableware, greeting cards,
saddlery, street furniture; ``tests/fresh34``: stained glass, sardine
canning, beekeeping equipment, mountain huts, model railways;
``tests/fresh35``: hat making, tower clocks, oyster farming, Christmas
trees, wood-burning stoves; ``tests/fresh36``: bookbinding, woollen mills,
lighthouse and buoy maintenance, alpine cheese dairies, ice rinks;
``tests/fresh37``: garden centres, violin workshops, brickworks, marinas,
weather instruments; ``tests/fresh38``: funiculars and cable cars, soap
makers, towage, vineyard equipment, swimming pools; ``tests/fresh39``:
bicycle frames and bike-share, salt-marsh lamb, bell foundries and
carillons, lake and fjord ferries, industrial bakeries; ``tests/fresh40``:
accordions and concertinas, intercity coaches, tiled stoves, piste groomers
and ski areas, seed potatoes; ``tests/fresh41``: rope-access contractors,
pasta makers, river buses and water taxis, piano restorers, tiles for pools
and metro stations; ``tests/fresh42``: fountain pens and inks, sauna
builders, fairground rides and travelling funfairs, vinegar makers, chimney
sweeps; ``tests/fresh43``: escalators and moving walkways, hop growers and
merchants, lifeboat builders, sign makers, mushroom spawn; ``tests/fresh44``:
cider and perry makers, narrowboat builders and canal-boat hire, loudspeaker
makers, cherry growers, locksmiths; ``tests/fresh45``: ski lifts and
snowmaking, chocolate shops and cocoa importers, organ tuners and harpsichord
builders, falconry for airports, wooden toys and puzzles; ``tests/fresh46``:
free-range egg packers, sofa makers, removals and storage, hardware chains,
express car washes; ``tests/fresh47``: cooperages, lavender growers and
distillers, physiotherapy chains, driving schools, vehicle recovery;
``tests/fresh48``: thatchers and reed merchants, tenpin bowling, mustard
makers, marquee hire, borehole drillers; ``tests/fresh49``: climbing gyms and
holds, roofing slate, paragliders, snooker tables and cues, horse feed;
``tests/fresh50``: commercial laundries, honey packers, lift maintenance,
seed potatoes, sailmakers; ``tests/fresh51``: bell foundries, dental
laboratories, fireworks, greenhouse builders, archive storage;
``tests/fresh52``: pest control, translation agencies, auction houses,
barbershop chains, pawnbrokers; ``tests/fresh53``: recruitment agencies,
vending operators, trophy and medal makers, window cleaners, tattoo studios
and inks; ``tests/fresh54``: accountancy practices, shoe repair and key
cutting, picture framing, security guarding, bingo halls; ``tests/fresh55``:
coffee roasters, caravan and holiday parks, sawmills and timber merchants,
hearing-aid clinics, ice-cream makers; ``tests/fresh56``: florists and flower
wholesalers, escape rooms, golf driving ranges, car park operators,
crematoria and memorial masons; ``tests/fresh57``: dog kennels and pet
boarding, bridal wear shops, plant nurseries and tree growers, taxi and
private-hire firms, sign language interpreting; ``tests/fresh58``:
independent cinemas, soft-play centres, phone repair chains, landscape
gardeners, fish and chip shops; ``tests/fresh59``: motorcycle dealers,
cookery schools, antiques centres, solar installers, farm shops;
``tests/fresh60``: skip hire, music schools, holiday cottage agencies, tree
surgeons, mobility scooter retailers; ``tests/fresh61``: car washes and
valeting, wedding venues, dry cleaners, yoga studios, same-day couriers;
``tests/fresh62``: independent pharmacies, kitchen fitters, garden furniture
makers, hairdressing salons, care homes; ``tests/fresh63``: plumbing and
heating engineers, funeral directors, day nurseries, electrical wholesalers,
craft breweries; ``tests/fresh64``: independent bookshops, estate agents,
dental practices, tool and plant hire, butchers; ``tests/fresh65``: theatres
and concert venues, high-street solicitors, road haulage, painting and
decorating contractors, English language schools; ``tests/fresh66``:
mattress and bed makers, museums, campsites and glamping, crane hire, local
radio; ``tests/fresh67``: dry cleaners, youth hostels, trampoline parks,
pottery studios, car and van hire; ``tests/fresh68``: hospices, farriers,
boarding kennels and catteries, picture framers, village shops;
``tests/fresh69``: recording studios, school-meals caterers, fire-safety
servicing, student accommodation, cheesemongers; ``tests/fresh70``: print
and copy shops, event caterers, walking-tour operators, water-sports
centres, bakery-cafe chains; ``tests/fresh71``: home-care agencies, golf
clubs, dog groomers, community energy co-operatives, village halls;
``tests/fresh72``: tutoring agencies, foundries, pick-your-own farms,
wedding photographers, leisure trusts; ``tests/fresh73``: locksmiths, house
removal firms, driving schools, marinas, window cleaners; ``tests/fresh74``:
vineyards, taxi firms, sign makers, scrap-metal merchants, art galleries;
``tests/fresh75``: ferry operators, nail salons, security guarding, veg-box
schemes, ready-mix concrete; ``tests/fresh76``: patient transport, dive
schools, car parks, tattoo studios, office cleaners; ``tests/fresh77``:
landscapers, vintage clothing, riding schools, chimney sweeps, mushroom
growers; ``tests/fresh78``: chip shops, dance schools, pawnbrokers, local
buses, glass recycling; ``tests/fresh79``: bouncy-castle hire, reptile
shops, drainage contractors, drone surveyors, curtain makers;
``tests/fresh80``: amusement arcades, sheep shearers, glaziers, hot-tub
suppliers, ghost-walk tours; ``tests/fresh81``: lidos, wig makers, gutter
cleaners, allotment associations, rug weavers; ``tests/fresh82``: street-food
traders, clock repairers, pool builders, Christmas-tree growers,
model-railway shops; ``tests/fresh83``: crematoria and masons, ice-cream
makers, bowling clubs, sports physiotherapists, solar installers;
``tests/fresh84``: carpet cleaners, charter boats, tea rooms, furniture reuse
charities, stonemasons; ``tests/fresh85``: festival organisers, forges,
sports-turf contractors, yarn shops, paintball and archery centres;
``tests/fresh86``: sausage makers, jam makers, hot-tub retailers, regional
newspapers, aerial installers; ``tests/fresh87``: van hire, fabric shops,
dental practices, garden buildings, catteries; ``tests/fresh88``: opticians,
karting tracks, roofers, oyster farms, piano restorers; ``tests/fresh89``:
vets, saddlers, dairies, comic shops, credit unions; ``tests/fresh90``:
tailors, funfairs and circuses, gliding clubs, day nurseries, bathroom
fitters; ``tests/fresh91``: guest houses, taxidermists, helicopter flights,
choirs, libraries; ``tests/fresh92``: toy shops, rugby and cricket clubs,
audiologists, harbours and lifeboats, surf schools; ``tests/fresh93``:
stairlift fitters, boxing gyms, school uniforms, wholefood shops,
agricultural contractors; ``tests/fresh94``: barbers, snooker halls, ice
rinks, trout farms, demolition contractors; ``tests/fresh95``: self-storage,
heat-pump installers, bingo halls, alpaca farms, gin distilleries;
``tests/fresh96``: launderettes, racquet clubs, loft conversions,
greengrocers, packaging makers; ``tests/fresh97``: hot-sauce makers,
skateparks, village shops, coach holidays, compost makers;
``tests/fresh98``: brass bands, paddleboard hire, animal rescues,
classic-car restorers, hydroponic growers; ``tests/fresh99``: record shops,
gravel quarries, dial-a-ride schemes, puppet theatres, watercress growers;
``tests/fresh100``: falconry centres, chess congresses, tool hire, livery
yards, organ builders; ``tests/fresh101``: kite schools, laser-tag arenas,
fencing clubs, coffin makers, marquee hire; ``tests/fresh102``: heritage
railways, darts leagues, curling rinks, rowing clubs, sign-writers;
``tests/fresh103``: wheelwrights, bagpipe and kilt makers, pet crematoria,
crazy-golf courses, fudge makers; ``tests/fresh104``: observatories and
planetariums, seaweed harvesters, costume hire, tree nurseries, horsebox
builders; ``tests/fresh105``: cricket-bat makers, flour millers,
smokehouses, dog walkers, pier trusts; ``tests/fresh106``: armourers,
meaderies, bonsai nurseries, hovercraft tours, greyhound stadiums;
``tests/fresh107``: typewriter repairers, mountain-rescue teams, vinegar
brewers, hockey clubs, beach huts; ``tests/fresh108``: saffron growers,
pedicabs, ocular prosthetists, roller rinks, pigeon racing;
the last one hundred and five written without reading the rules), scored by
the labelled sets' own ``score.py`` as ``test_eval_sets.py`` scores them.

They were written to find what the reader misses on unfamiliar prose, and
most of what they found became general rules (README, "How well it reads
prose written by others"). Each bar is where the reader stands, so that a
change that loses a finding or flags a trap fails: the contradictions found
(see ``CORPORA``), precision at least 0.90 and no trap flagged. Skips where
``../shared/eval/score.py`` is absent.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

FRESH = Path(__file__).resolve().parent / "fresh"
SCORE_PY = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
_SCORE = re.compile(r"^score: recall ([\d.]+) \((\d+)/(\d+)\) precision ([\d.]+) \((\d+)/(\d+)\) negatives_flagged (\d+)/(\d+)$", re.MULTILINE)


# Each held-out corpus, its folder and its bar: (found at least, of), as
# measured when the bar was set. The first reading of each: fresh 5 of 19
# (with a trap and another false finding), fresh2 6 of 20 (one false
# finding), fresh3 5 of 12, fresh4 1 of 22, fresh5 1 of 24 (one false finding),
# fresh6 4 of 26, fresh7 2 of 26 (two false findings), fresh8 2 of 26 (three
# false findings, one of them a trap).
CORPORA = {"fresh": (14, 19), "fresh2": (17, 20), "fresh3": (9, 12), "fresh4": (9, 22), "fresh5": (7, 24), "fresh6": (12, 26),
           "fresh7": (10, 26), "fresh8": (8, 26), "fresh9": (15, 26), "fresh10": (8, 26), "fresh11": (14, 26), "fresh12": (17, 26),
           "fresh13": (13, 26), "fresh14": (10, 26), "fresh15": (17, 26),
           "fresh16": (11, 26), "fresh17": (13, 26), "fresh18": (16, 26), "fresh19": (17, 26), "fresh20": (16, 26),
           "fresh21": (17, 26), "fresh22": (13, 26), "fresh23": (14, 26), "fresh24": (18, 26), "fresh25": (17, 26),
           "fresh26": (19, 26), "fresh27": (18, 26), "fresh28": (23, 26), "fresh29": (19, 26),
           "fresh30": (21, 26), "fresh31": (15, 26), "fresh32": (16, 26), "fresh33": (12, 26),
           "fresh34": (18, 26), "fresh35": (19, 26), "fresh36": (20, 26), "fresh37": (21, 26),
           "fresh38": (22, 26), "fresh39": (23, 26), "fresh40": (19, 28), "fresh41": (12, 28), "fresh42": (19, 28), "fresh43": (15, 28), "fresh44": (19, 28), "fresh45": (13, 28),
           "fresh46": (17, 28), "fresh47": (13, 28), "fresh48": (20, 28), "fresh49": (20, 28), "fresh50": (15, 28),
           "fresh51": (14, 28), "fresh52": (20, 28), "fresh53": (16, 28), "fresh54": (18, 28),
           "fresh55": (24, 28), "fresh56": (19, 28), "fresh57": (20, 28), "fresh58": (17, 28), "fresh59": (15, 28),
           "fresh60": (22, 28), "fresh61": (17, 28), "fresh62": (13, 28), "fresh63": (15, 28),
           "fresh64": (15, 28), "fresh65": (10, 28), "fresh66": (12, 28), "fresh67": (20, 28), "fresh68": (5, 28), "fresh69": (15, 28),
           "fresh70": (9, 28), "fresh71": (10, 28), "fresh72": (8, 28), "fresh73": (13, 28), "fresh74": (13, 28), "fresh75": (7, 28),
           "fresh76": (11, 28), "fresh77": (11, 28), "fresh78": (13, 28),
           "fresh79": (11, 28), "fresh80": (10, 28), "fresh81": (13, 28),
           "fresh82": (10, 28), "fresh83": (13, 28), "fresh84": (10, 28),
           "fresh85": (6, 28), "fresh86": (9, 28), "fresh87": (16, 28),
           "fresh88": (9, 28), "fresh89": (10, 28), "fresh90": (10, 28),
           "fresh91": (8, 28), "fresh92": (14, 28), "fresh93": (10, 28),
           "fresh94": (12, 28), "fresh95": (12, 28), "fresh96": (15, 28),
           "fresh97": (6, 28), "fresh98": (9, 28), "fresh99": (5, 28),
           "fresh100": (14, 28), "fresh101": (7, 28), "fresh102": (10, 28),
           "fresh103": (10, 28), "fresh104": (12, 28), "fresh105": (13, 28),
           "fresh106": (8, 28), "fresh107": (6, 28), "fresh108": (9, 28)}
# fresh106, fresh107 and fresh108, the fifty-fifth round's blind corpora,
# were all written at its start. fresh106 (armourers for re-enactors,
# meaderies, bonsai nurseries, hovercraft tours, greyhound stadiums) was read
# at 3 of 28 with three false (one a trap) by the round's start; 8 of 28 with
# one false after its lessons (prizes with a noun after the title or the
# awards' short name, a bold headline's name, a forum's handles, the people
# at a company, a regional demonym, an edition of an event hosted).
# fresh108 (saffron growers, pedicabs, ocular prosthetists, roller rinks,
# pigeon racing) at 6 of 28 with one false; 9 of 28 with one false after
# its lessons (a headline in capitals, the sole supplier to a customer, a
# first of a place, a prize in apposition, a joined "they"). fresh107
# (typewriter and sewing-machine repairers, mountain-rescue teams, vinegar
# brewers, hockey and lacrosse clubs, beach huts) was held out to the end:
# its facts file gives one year as a financial year ("2023/24"), which the
# round's starting code refused, so it was scored at the start with that
# year written as 2024: 6 of 28 with two false, none a trap; with the final
# code 6 of 28 with two false on that copy and on the file as written. The
# round also learned from fresh104, the fifty-fourth round's held-out set:
# 9 of 28 with three false at the start, 12 of 28 with three false after.
# fresh103, fresh104 and fresh105, the fifty-fourth round's blind corpora,
# were all written at its start. fresh103 (wheelwrights, bagpipe and kilt
# makers, pet crematoria, crazy-golf courses, fudge makers) was read at 5 of
# 28 with three false (two traps) by the round's start; 9 of 28 with none
# false after its lessons (prizes credited to two winners, a podcast's name
# over its description, a person's "of" and the company it names, an
# incorporation no founding, a "32-strong team"). fresh105 (cricket-bat
# makers, flour millers, smokehouses, dog walkers, pier trusts) at 4 of 28
# with one false (a trap); 11 of 28 with one false after its lessons (prizes,
# a list that breaks a sum down, a trust's own pier, a table's period
# corner). fresh104 (observatories and planetariums, seaweed harvesters,
# costume hire, tree nurseries, horsebox builders) was held out to the end:
# 9 of 28 with three false by the round's start, 8 of 28 with three false by
# its final code; the lost item, read after that scoring, was a planetarium's
# opening whose "The Planetarium" two new site words had left without its
# name, and with those words taken out again the set reads 9 of 28 (no
# longer blind). fresh101, the fifty-third round's held-out set, read in
# this round: 3 of 28 with five false at its start, 6 of 28 with six false
# after (three of them true findings whose gold quotes a "£" the HTML writes
# as "&pound;", which the scorer cannot find in the file as written).
# fresh100, fresh101 and fresh102, the fifty-third round's blind corpora, were
# all written at its start. fresh100 (falconry centres, chess congresses, tool
# and plant hire, livery yards, organ builders) was read at 6 of 28 with six
# false (two traps) by the round's start; 11 of 28 with five false (the same
# two traps) after its lessons (a results release's capitalised "the Group",
# a writer field's team, a job advert's About us, a cost credited to two
# contractors). fresh102 (heritage railways, darts leagues, curling rinks,
# rowing clubs, sign-writers) at 4 of 28 with two false; 9 of 28 with two
# false after its lessons (a league's own minutes, an anniversary against the
# founding, a fire dated twice, a text's figure for a table's total).
# fresh101 (kite schools, laser-tag arenas, fencing clubs, coffin makers and
# woodland burial grounds, marquee hire) was held out to the end: 3 of 28 with
# four false (one a trap) by the round's start, 3 of 28 with five false (the
# same trap) by its final code. fresh98, the fifty-second round's held-out
# set, read in this round: 3 of 28 with three false at its start, 9 of 28 with
# two false after.
# fresh97, fresh98 and fresh99, the fifty-second round's blind corpora, were
# all written at its start. fresh97 (hot-sauce makers, skateparks, village
# shops, coach holidays, compost makers) was read at 5 of 28 with seven false
# (one a trap) by the round's start; 6 of 28 with three false and no trap
# after its lessons (a results release's "Revenue by division" lines are
# parts now, no rivals of the whole). fresh99 (record shops, gravel quarries,
# dial-a-ride schemes, puppet theatres, watercress growers) at 3 of 28 with
# one false; the same after its lessons: its two-digit years and dates in
# numbers are read now, but their subjects ("they" in a forum, a podcast's
# show) are not. fresh98 (brass bands, paddleboard hire, animal rescues,
# classic-car restorers, hydroponic growers) was held out to the end: 3 of 28
# with four false by the round's start, 3 of 28 with three false by its
# final code. fresh95, the fifty-first round's held-out set, read in this
# round: 8 of 28 with four false at its start, 12 of 28 with one false after.
# fresh94, fresh95 and fresh96, the fifty-first round's blind corpora, were
# all written at its start. fresh94 (barbers, snooker halls, ice rinks, trout
# farms, demolition contractors) was read at 5 of 28 with one false (a trap)
# by the round's start; 10 of 28 with none after its lessons. fresh96
# (launderettes, racquet clubs, loft conversions, greengrocers, packaging
# makers) at 8 of 28 with three false (one a trap); 13 of 28 with one false
# after (a forum's £212k floodlighting job, credited to the wrong firm,
# held against the notice's other lot of £468,000). fresh95 (self-storage, heat-pump installers, bingo halls, alpaca
# farms, gin distilleries) was held out to the end: 8 of 28 with four false
# by the round's start, and the same by its final code. fresh92, the
# fiftieth round's held-out set, read in this round: 5 of 28 with three false
# (one a trap) at its start, 14 of 28 with three false (the same trap) after;
# fresh90 8 -> 10, fresh7, fresh73, fresh76 and fresh87 one more each.
# fresh91, fresh92 and fresh93, the fiftieth round's blind corpora, were all
# written at its start. fresh91 (guest houses, taxidermists, helicopter
# pleasure flights, choirs and orchestras, public libraries) was read at 6 of
# 28 with no false by the round's start; 8 of 28 after its lessons. fresh93
# (stairlift fitters, boxing gyms, school-uniform suppliers, wholefood shops,
# agricultural contractors) at 6 of 28; 8 of 28 after. fresh92 (toy shops,
# rugby and cricket clubs, audiologists, harbours and lifeboats, surf
# schools) was held out to the end: 5 of 28 with two false by the round's
# start, 5 of 28 with three false (one a trap) by its final code. fresh89,
# the forty-ninth round's held-out set, read in this round: 4 of 28 with five
# false (two traps) at its start, 10 of 28 with none after; fresh88 5 -> 9,
# fresh90 7 -> 8.
# fresh88, fresh89 and fresh90, the forty-ninth round's blind corpora, were
# all written at its start. fresh88 (opticians, karting tracks, roofers,
# oyster farms, piano restorers) was read at 3 of 28 with no false by the
# round's start; 5 of 28 after its lessons. fresh90 (tailors, funfairs and
# circuses, gliding clubs, day nurseries, bathroom fitters) at 5 of 28; 7
# of 28 after. fresh89 (vets, saddlers, dairies, comic shops, credit unions)
# was held out to the end: 4 of 28 with five false (two traps) by the
# round's start, and the same by its final code. fresh86, the forty-eighth
# round's held-out set, read in this round: 4 of 28 with two false (one a
# trap) at its start, 8 of 28 with that trap alone after. fresh76 is one
# lower: its C19, a studio's opening in Leith, was found by accident, both
# sides read as the town's ("They only opened in Leith"); the podcast's
# speaker labels, now read as people by their given names, send "They" to
# the shop the host asked about, and neither side is the studio's company.
# fresh85, fresh86 and fresh87, the forty-eighth round's blind corpora, were
# all written at its start. fresh87 (van and car hire, fabric shops, dental
# practices, garden buildings, catteries and groomers) was read at 4 of 28
# with seven false (two traps) by the round's start; 12 of 28 with none
# after its lessons. fresh85 (festival organisers, forges, sports-turf
# contractors, yarn shops and dyers, paintball and archery centres) at 4 of
# 28 with two false; the same after its lessons (sums said in words, "seven
# point eight million", are now read, but a podcast's "they" is still taken
# for its show's name). fresh86 (sausage makers, jam makers, hot-tub
# retailers, regional newspapers, aerial installers) was held out to the
# end: 4 of 28 with two false (one a trap) by the round's start, and the
# same by its final code. fresh83, the forty-seventh round's held-out set,
# read in this round: 8 of 28 with three false (one a trap) at its start,
# 13 of 28 with one false after.
# fresh82, fresh83 and fresh84, the forty-seventh round's blind corpora, were
# all written at its start. fresh82 (street-food traders, clock repairers,
# pool builders, Christmas-tree growers, model-railway shops) was read at 5
# of 28 with four false by the round's start; 7 of 28 with three false after
# its lessons. fresh84 (carpet cleaners, charter boats, tea rooms, furniture
# reuse charities, stonemasons) at 7 of 28 with four false (one a trap); 9 of
# 28 with two false (the trap, a sofa shop's "founded 2008" read as the
# charity's it disowns, still there) after. fresh83 (crematoria and masons,
# ice-cream makers, bowling clubs, sports physiotherapists, solar
# installers) was held out to the end: 8 of 28 with three false (one a trap)
# by the round's start, once its facts file loaded ("4.8 MWp" was no unit the
# reader knew), and the same by its final code. fresh80, the forty-sixth
# round's held-out set, read in this round: 6 of 28 with three false at its
# start, 9 of 28 with none after.
# fresh79, fresh80 and fresh81, the forty-sixth round's blind corpora, were
# all written at its start. fresh79 (bouncy-castle hire, reptile shops,
# drainage contractors, drone surveyors, curtain makers) was read at 7 of 28
# with three false by the round's start; 10 of 28 with no false after its
# lessons. fresh81 (lidos, wig makers, gutter cleaners, allotment
# associations, rug weavers) at 6 of 28 with four false (one a trap); 9 of 28
# with one false and no trap after its lessons. fresh80 (amusement arcades,
# sheep shearers, glaziers, hot-tub suppliers, ghost-walk tours) was held out
# to the end: 5 of 28 with two false by the round's start, 6 of 28 with three
# false by its final code. fresh77, the forty-fifth round's held-out set,
# read in this round: 8 of 28 with four false (one a trap) at its start, 11
# of 28 with one false and no trap after.
# fresh76, fresh77 and fresh78, the forty-fifth round's blind corpora, were
# all written at its start. fresh76 (patient transport, dive schools, car
# parks, tattoo studios, office cleaners) was read at 8 of 28 with four false
# by the round's start; 10 of 28 with one false after its lessons. fresh78
# (chip shops, dance schools, pawnbrokers, local buses, glass recycling) at 4
# of 28 with two false; 9 of 28 with one false after its lessons. fresh77
# (landscapers, vintage clothing, riding schools, chimney sweeps, mushroom
# growers) was held out to the end: 8 of 28 with four false, one of them a
# trap, by the round's start and by its final code alike. fresh74, the
# forty-fourth round's held-out set, read in this round: 5 of 28 with no
# false at its start, 11 of 28 with no false after.
# fresh73, fresh74 and fresh75, the forty-fourth round's blind corpora, were
# all written at its start. fresh73 (locksmiths, removal firms, driving
# schools, marinas, window cleaners) was read at 7 of 28 with three false (two
# of them traps) by the round's start; 10 of 28 with one false and no trap
# after its lessons. fresh75 (ferry operators, nail salons, security guarding,
# veg-box schemes, ready-mix concrete) at 4 of 28 with one false; 7 of 28 with
# one false after its lessons. fresh74 (vineyards, taxi firms, sign makers,
# scrap-metal merchants, art galleries) was held out to the end: 5 of 28 with
# no false finding by the round's start and by its final code. fresh71, the
# forty-third round's held-out set, read in this round: 1 of 28 with two false
# (one a trap) at its start, 9 of 28 with one false and no trap after.
# fresh70, fresh71 and fresh72, the forty-third round's blind corpora, were
# all written at its start. fresh70 (print shops, event caterers, walking
# tours, water sports, bakery-cafes) could not be read by the round's start:
# its facts file gives "60,000" with the unit "loaves and rolls per day",
# which was refused; 5 of 28 with two false after its lessons. fresh72
# (tutoring agencies, foundries, pick-your-own farms, wedding photographers,
# leisure trusts) was read at 3 of 28 with two false by the round's start;
# 7 of 28 with one false after its lessons. fresh71 (home-care agencies,
# golf clubs, dog groomers, energy co-operatives, village halls) was held
# out to the end: 1 of 28 with two false (one a trap) by the round's start
# and by its final code.
# fresh67, fresh68 and fresh69, the forty-second round's blind corpora, were
# all written at its start. fresh67 (dry cleaners, hostels, trampoline
# parks, potteries, car hire) was read at 13 of 28 with three false (one a
# trap) by the round's start; 18 of 28 with two false and no trap after its
# lessons (the trap: a mill that "opens in September", told in May, read as
# the September before). fresh69 (recording studios, school meals, fire-safety
# servicing, student housing, cheesemongers) at 10 of 28 with one false; 12
# of 28 with one false after its lessons. fresh68 (hospices, farriers,
# kennels and catteries, picture framers, village shops) was held out to the
# end: 2 of 28 with three false by the round's start, and the same by its
# final code.
# fresh64, fresh65 and fresh66, the forty-first round's blind corpora, were
# all written at its start. fresh64 (bookshops, estate agents, dental
# practices, plant hire, butchers) was read at 6 of 28 with three false (two
# traps) by the round's start; 13 of 28 with three false (the same two traps)
# after its lessons. fresh66 (bed makers, museums, glamping, crane hire,
# local radio) at 2 of 28 with one false; 5 of 28 with none false after its
# lessons. fresh65 (theatres, solicitors, hauliers, decorators, language
# schools) was held out to the end: 8 of 28 with three false by the round's
# start and 8 of 28 with four false by its final code; 8 of 28 with three
# false after the one rule its new false finding showed (a contract "from
# its customer to do a job" is for that job, so another lot's contract of
# its winner is another contract).
# fresh61, fresh62 and fresh63, the fortieth round's blind corpora, were all
# written at its start. fresh61 (car washes, wedding venues, dry cleaners,
# yoga studios, couriers) was read at 8 of 28 with none false by the round's
# start; 14 of 28 with none false after its lessons. fresh63 (plumbers,
# funeral directors, day nurseries, electrical wholesalers, craft breweries)
# at 4 of 28 with four false (one a trap); 8 of 28 with none false after its
# lessons. fresh62 (pharmacies, kitchen fitters, garden furniture, salons,
# care homes) was held out to the end: 8 of 28 with four false (two traps)
# by the round's start, 9 of 28 with four false by its final code; 11 of 28
# with one false (a trap: a group's 34 pharmacies at 31 March and 35 after a
# purchase in July, both told at once) after the rules its misses and false
# findings showed.
# fresh58, fresh59 and fresh60, the thirty-ninth round's blind corpora, were
# all written at its start. fresh58 (independent cinemas, soft play, phone
# repair, landscape gardening, fish and chips) was read at 9 of 28 with five
# false (one a trap) by the round's start; 15 of 28 with one false (the
# trap: a chain's 22 centres in July and 23 in September after two openings
# its sentence tells) after its lessons. fresh60 (skip hire, music schools,
# holiday cottage agencies, tree surgeons, mobility scooters) was read at 6
# of 28 with none false; 15 of 28 with none false after its lessons.
# fresh59 (motorcycle dealers, cookery schools, antiques centres, solar
# installers, farm shops) was held out to the end: 7 of 28 with three false
# (two traps) by the round's start, and the same by its final code, read by
# no rule written for it; 11 of 28 with one false (a trap: a dealer's 62
# staff at two showrooms and one showroom's 11) after the rules its misses
# and false findings showed.
# fresh55, the thirty-eighth round's first blind corpus (coffee roasters,
# caravan parks, sawmills, hearing-aid clinics, ice-cream makers), was read
# at 12 of 28 with four false findings (three of them traps) by the round's
# start; 23 of 28 with one false (and two traps: a chain's 126 clinics "now",
# ten more planned, against 131 "now" six months on; a wire's revenue that
# the gold also pairs with its per-branch average) after its lessons.
# fresh56, written at the round's start (florists, escape rooms, driving
# ranges, car parks, crematoria), was held out to the end: 11 of 28 with
# three false by the round's start, 14 of 28 with four false (no trap) by
# its final code, read by no rule written for it; 15 of 28 with three false
# after two rules its misses and false findings showed (a count inside an
# appositive is its name's; a purchase in the passive is its "by" buyer's).
# fresh57, written once fresh55's first lessons were in (kennels, bridal
# wear, plant nurseries, taxi firms, sign language interpreting), could not
# be read by the round's start: its facts file gives "120" with the unit
# "electric vehicles charged at the same time", which was refused (6 of 28
# with two false once the unit was read, the code of that moment); 13 of 28
# with one false after its lessons.
# fresh52, the thirty-seventh round's first blind corpus (pest control,
# translation agencies, auction houses, barbershop chains, pawnbrokers), was
# read at 7 of 28 with three false findings by the round's start, and the
# same by the code of the moment it was written; 19 of 28 with one false
# after its lessons.
# fresh53, written while fresh52's first lessons went in (recruitment
# agencies, vending operators, trophy makers, window cleaners, tattoo studios
# and inks), was read at 4 of 28 with one false (a trap) by the round's start
# and at 4 of 28 with two false once fresh52's first lessons were in; 13 of
# 28 with one false (the trap: a firm's 22 cleaners in June and "now 28
# cleaners after landing" a contract in October, a stock told after the
# change the first story announced; see TRAPS) after its own.
# fresh54, written once fresh52's and fresh53's first lessons were in
# (accountancy practices, shoe repair, picture framing, security guarding,
# bingo halls), held out until late in the round: 9 of 28 with five false
# (one a trap) by the round's start and by the code of that moment alike;
# 10 of 28 with three false (the same trap: a founding in 1987 of "Cornici
# Valdarnese, a framing shop in Florence" read as Cornici Valdarno's, the
# shop typed a facility) after its first lessons; 15 of 28 with one false
# and no trap after the thirty-eighth round's (a founding participle is the
# name's it follows; "Tallybridge", told apart from "Tallybridge Wealth",
# is the other Tallybridge of the corpus).
# fresh50, the thirty-sixth round's first blind corpus (commercial
# laundries, honey packers, lift maintenance, seed potatoes, sailmakers),
# was read at 10 of 28 with two false findings by the round's start; 13 of
# 28 with one false after its lessons (a founders' "open a hotel laundry in
# Halifax" in 1968 held against the company's plant that "opened last
# October": two openings, told apart only by their places).
# fresh51, written once fresh50's first lessons were in (bell foundries,
# dental laboratories, fireworks, greenhouse builders, archive storage), was
# read at 6 of 28 with four false by the round's start and at 7 of 28 with
# three false by the code of that moment; 10 of 28 with none after its
# lessons.
# fresh48, the thirty-fifth round's first blind corpus (thatchers and reed
# merchants, tenpin bowling, mustard makers, marquee hire, borehole
# drillers), was read at 11 of 28 with one false finding (a trap) by the
# round's start; 19 of 28 with two false after its lessons: its N13 trap
# (a chain's 38 centres "now", after a purchase, against 33 at the end of
# the year before, a stock dated by the story held as the year's) and a
# true finding the gold quotes elsewhere (the €3.2 million contract that
# "went to Slaney Drilling", cited on its figure: see PRECISION and TRAPS).
# fresh49, written once fresh48's lessons were in (climbing gyms and holds,
# roofing slate, paragliders, snooker tables and cues, horse feed), was read
# at 11 of 28 with one false (a trap) by the round's start and at 11 of 28
# with two false by the code of that moment (a "smaller order" of one
# customer taken for its other deal); 15 of 28 with none after its lessons,
# 19 after the thirty-sixth round's (a works "of" its owner named by its town,
# a short name merged on its title's word, the year of "2024 sales").
# fresh47, the thirty-fourth round's second blind corpus (cooperages,
# lavender, physiotherapy chains, driving schools, vehicle recovery), written
# once fresh46's lessons were in, could not be read by the round's start: its
# facts file gives "120 tonnes of oil a year" with the unit "tonnes of
# essential oil per year", which was refused (made readable by hand, 6 of 28
# with four false findings, two of them traps); the same 6 with fresh46's
# lessons in; 8 of 28 with four false, one a trap, after its own (see
# PRECISION and TRAPS: a podcast's "I set up Castlebrook in 2002" read as the
# "Castlebrook Dental" the guest says is no relation).
# fresh46 was written at the start of the thirty-fourth round (egg packers,
# sofas, removals, hardware chains, car washes) and read at 8 of 28 with six
# false findings by the round's start; 8 of 28 with six by the round's first
# rules (fresh45's lessons); 14 of 28 with one after its own.
# fresh45, the round's second blind corpus (ski lifts, chocolate shops,
# organs and harpsichords, airport falconry, wooden toys), written once
# fresh44's lessons were in, was read at 6 of 28 with one false finding (no
# trap) by the round's start and by the code of that moment alike; 11 of 28
# with none after its own lessons.
# fresh44 was written at the start of the thirty-third round (cider and
# perry, narrowboats, loudspeakers, cherries, locksmiths) and could not be
# read at all by the round's start: its facts file gives "24 boats a year"
# with the unit "narrowboats per year", which was refused (made readable by
# hand, 6 of 28 with five false findings, no trap); 6 of 28 with the same
# five by the round's first rules (a title's day, stocks stated for last
# year, TEU moved); 15 of 28 with one false after its own lessons.
# fresh43, the round's second blind corpus (escalators, hops, lifeboats,
# signs, mushroom spawn), written once fresh42's first lessons were in, could
# not be read at all by the round's start: its facts file names an event
# "Series A funding round", which was refused (made readable by hand, it
# scored 9 of 28 with three false findings, no trap); 9 of 28 with three
# false by the code of that moment once the phrase was read; 13 of 28 with
# two after its own lessons (see PRECISION).
# fresh42 was written at the start of the thirty-second round (fountain pens
# and inks, saunas, fairground rides, vinegar, chimney sweeps) and first read
# at 7 of 28 with five false findings (no trap) by the round's start; 8 of 28
# with the same five by the round's first rules (drawn from fresh41's and
# fresh33's misses): the first held-out gain in fourteen rounds, one item;
# 12 of 28 with none after its own lessons, 13 by the round's end (a wire's
# undated "Sept 9 ... on Tuesday" dated by its weekday).
# fresh41, the round's second blind corpus, written after fresh40's first
# lessons, was first read at 6 of 28 with four false findings (no trap) by
# the round's start and by the code of that moment alike; 11 of 28 with two
# false after its own lessons (see PRECISION).
# fresh40 was written at the start of the thirty-first round and first read at
# 5 of 28 with two false findings (no trap), by the round's start and by the
# round's first rules alike (initials another story defines, a release's own
# key figures, a count broken down after where it is told); 15 of 28 with one
# false finding after its lessons: that one is its C13, found from the About
# page's key-figures table, which the gold quotes from the page's prose.
# fresh39 was written at the start of the thirtieth round and first read at
# 7 of 26 with six false findings (two of them traps), by the round's start
# (its facts file then refused: "9 tonnes of bell metal per pour" with
# "unit: tonnes") and by the round's first rules alike; 19 of 26 with none
# after its lessons.
# fresh38, the round's third blind corpus, was first read at 10 of 26 with
# six false findings (a trap among them) by the round's start, and at 11 with
# the same six after fresh36's and fresh37's lessons; 14 of 26 with none
# after its own.
# fresh37, written in the same round after fresh36's lessons, was first read
# at 12 of 26 with three false findings (one a trap) by the round's start and
# by the code after fresh36's lessons alike; 20 of 26 with none after its own.
# fresh36 was first read at 9 of 26 with a trap flagged, by the
# twenty-ninth round's start and by its first rules alike (plain-text
# tables, financial years told by their year); 19 of 26 with no false
# finding after its lessons.
# fresh35 was first read at 8 of 26 with two false findings, by the
# twenty-eighth round's start and by its first rules alike (sites of a kind,
# undated datelines); 19 of 26 with one false finding after its lessons.
# fresh32 fell from 14 to 13 in the twenty-eighth round without losing the
# finding: its C24 was quoted from the highlights' "71,400 kayaks sold,
# compared with 64,900 in fiscal 2024", a line the gold does not list. Since
# the thirtieth round a finding quotes each value where its document tells
# it most fully ("We sold 71,400 kayaks in fiscal 2025"), and it is 14 again.
# fresh20 fell from 17 to 16 in the twenty-eighth round (and fresh10 lost
# one, gained back another), each a finding made through a misreading that
# matched on both sides: fresh10's C22 held "EUR 310 million" as the dateline town Gijón's
# (now Meridane Steel's, whose Gijón furnace the sentence names only in
# passing), fresh20's C24 dated the biogas unit by the town Harmeville, now
# read as a place (its dateline's town, written "in Harmeville").
# fresh6 fell from 12 to 11 in the eighteenth round: its C14 had been found
# through a bold lead-in's short name ("Hollin Fold"); "Hollin Fold Creamery,
# the Cumbrian butter maker we bought ... in 2022" now dates the takeover of
# the full name, which the other story's "Hollin Fold" does not join (short
# forms of several words are not expanded across documents: tried, and it
# made three false findings elsewhere; since the twenty-second round only a
# short name a document itself gives for its full name, as a company's own
# report does, is). Back to 12 in the twenty-third: a name less its last
# word stands for the one longer name that opens with it, across the corpus,
# unless the longer name adds a place, a part, a title or a programme.
# fresh16 was first read at 4 of 26 with no false finding, by this round's
# code and by the code before it alike (5 of 26 after the eleventh round).
# fresh17 was first read at 2 of 26, with two false findings (and its facts
# file did not load: "1.0" with unit "GW of electrolyser stacks per year").
# fresh18 was first read at 6 of 26, with one false finding (a table's
# delivery dates of five customers all given to the maker whose page it is);
# 11 of 26, none false, after the twelfth round; 10 after the fourteenth,
# which dates a facility's events for the facility: its C20 had been found
# through the owner's dates (both stories gave the opening to the company),
# and is now lost to "The factory" resolved to the one facility the feature
# names by its place, a customer's data centre in Virginia.
# fresh19 was first read at 5 of 26, with three false findings (a half-year's
# capital expenditure held against a project's cost, a Finnish customer's
# nationality given to its supplier, a table repeating a wrong capacity).
# fresh20 was first read at 2 of 26, with five false findings (one of them
# a trap: an ammonia plant's capacity held against the group's capacity of
# finished fertiliser), by the fourteenth round's starting code; 7 of 26,
# one false (the solar panels "on the roofs of 19 stores" read as the
# store count), after it; 8 of 26 after the fifteenth ("2024 output (m t)"
# read as the year's production).
# fresh21 was first read at 5 of 26, with four false findings (two of them
# traps: a plant's roaster held against the group's capacity in the
# reference, and a plant's opening against another works' opening told in a
# where-clause), by the fifteenth round's starting code; 15 of 26, none
# false, after it.
# fresh22 was written at the end of the fifteenth round, to measure that
# round's rules on text they had not seen: read by the round's starting code
# and by its final code alike at 8 of 26, with three false findings at the
# start and one at the end (two lessons taken from it: staff of one trade
# are no headcount, and "up 9% on the first half of last year" dates no
# figure). Its remaining false finding: the Martos bottling plant's opening
# against the Jaen mill's, "The Jaen group" read as an owner named Jaen.
# fresh23 was written at the start of the sixteenth round and not read until
# the round's rules were done: 6 of 26 with five false findings by the
# round's starting code, and 6 of 26 with the same five by its rules before
# any lesson from it. Three lessons were then taken from its false findings:
# the end of a part of a year dates its figure ("for the six months to 30
# June 2025"), a stock under a column "H1 2024" stands at 30 June, and a
# paragraph under "Divisions" tells one division's flows. It reads 5 of 26
# after them, one false (a true finding had matched by chance through a
# division's revenue read as the group's); 7 of 26, one false, after the
# seventeenth round; 9 after the eighteenth, 10 after the nineteenth.
# fresh24 was written at the start of the seventeenth round and not read
# until the round's rules were done: 6 of 26 with eight false findings (one
# a trap) by the round's starting code (which could not load its facts file:
# "2,400 fast-charging points" with unit "in operation"; measured without
# that fact), and the same 6 of 26 with the same eight by the round's rules
# before any lesson from it. Five lessons were then taken from its false
# findings: paragraphs opening on labels that name no one are parts told
# side by side (its "Crop groups"), money "of its own" is a share of a
# cost, a company "based in" a town is no "Bergamo-based group", a count
# hoped for is no count done, and two forecasts of a year to come are two
# opinions. It reads 7 of 26 after them, none false; 11 after the eighteenth
# round.
# fresh25 was written at the start of the eighteenth round and not read
# until the round's rules were done: 5 of 26 with two false findings by the
# round's starting code (which could not load its facts file: "2.4 million
# lenses a year" with unit "lens lab output"; measured without that unit),
# and the same 5 of 26 with the same two by the round's rules before any
# lesson from it. Its lessons: a participle's phrase before the subject
# ("Founded in 1979 by the optician ..., the chain"), a founder is a person
# and the company named for him stays the company, verbs of making are one
# measure ("built", "finished"), a stock "at the end of last year" stands at
# December and a row's "at 30 June" at June, a narrowed revenue column is a
# part, "went through" and a first day of trading are dated events, and a
# unit field naming what a count counts describes it. It reads 12 of 26
# after them, none false; 14 after the nineteenth round.
# fresh26 was written at the start of the nineteenth round and not read
# until the round's rules were done: its facts file did not load at the
# start (a unit field "bottling capacity of the Dossena plant" beside "1.2
# billion bottles a year", which the round's first change reads as a note),
# and with that change alone it read 6 of 26, one false; the round's rules
# before any lesson from it took it to 7 of 26, one false. Its lessons: a feature's
# bold kickers and a measure's label head no parts, a flotation dates a
# listing on an exchange that is no subject, a year in a relative clause
# after a figure dates that clause, venues are facilities, distribution and
# licensing deals are contracts, a fact subject's last word is its short
# form, EBIT is a profit, and a level before told after the new one
# ("to EUR 196 million from EUR 184 million"), and a count broken down by
# place after a colon ("41 schools: 14 in Switzerland, ..."). It reads 14
# of 26 after them, one false (the visitors of the group's aquariums, a paragraph
# under the label "Aquariums.", held against the group's visitors); 16
# after the twentieth round.
# fresh27 was written at the start of the twentieth round and not read
# until the round's rules were done: 7 of 26, one false (a press release's
# "PRESS RELEASE" line taken for a party), by the round's starting code and
# by its rules alike. Its lessons: a place the document writes as one is no
# company in "The Le Locle group", initials open a name ("J. C.
# Ostermeier"), a kind of document on a line of its own is no party, a
# title's label written in lower case elsewhere is no topic, an owner's
# sites make its figures, a participle phrase dates the thing before it,
# shares of one whole add up to at most all of it, a change told in points
# is the difference of two percentages, and a one-word name is the one
# two-word name of the corpus it closes. It reads 14 of 26 after
# them, none false.
# fresh28 was written at the start of the twenty-first round and not read
# until the round's rules were done: 6 of 26, two false (a change checked
# against a figure "as originally reported" rather than the restated one in
# brackets; a ticker "(AIM: FLC)" and a shop on Piccadilly taken for
# companies), by the round's starting code and by its rules alike; 12 of
# 26, none false, after its lessons, and 13 after the twenty-second round
# (a highlight's "up by a quarter" checked against the half before).
# fresh29 was written at the start of the twenty-second round and not read
# until the round's rules were done: 8 of 26, three false, by the round's
# starting code and by its rules alike (a plant's owner "since 2020" given
# to the company it was about to buy; a short name and its company's full
# name credited with one deal as two parties; "for Austrian and Swiss
# shops" read as the maker's nationality). Its lessons: a state told with
# its start ("in operation since 2013", "owned by X since 2018"), an object
# pronoun after a verb of buying, "since" in a relative aside, a profit "on
# revenue of", a year's output whichever verb tells it ("produced",
# "printed"), a company's own short name of several words, a founder set off
# after a trade, a tenure "after twenty-five years in charge", a comma that
# ends a nationality's phrase, a genre label under a letterhead, a sum paid
# "at an Antwerp tender for" a thing. It reads 19 of 26 after them, none
# false.
# fresh30 was written at the start of the twenty-third round and not read
# until the round's rules were done: 8 of 26, two false, by the round's
# starting code and by its rules alike (a plant's capacity in Lithuania held
# against the reference's for the group's home plant; two takeovers of one
# mill by different buyers, nine years apart, taken for one date). Its
# lessons: a person's employer after her name, a company's first word in its
# own report, names that open longer names at any length, a definition after
# a suffix's full stop, a year's output in area whichever verb tells it
# ("wove"), a share bought "of" a company, a town written only as where a
# company is, a report's kind with its period as its label, a count broken
# down after "Of its", a one-word name with its place after "of", what a
# plant "can make" a day under a "Production" heading as its capacity, a
# hirer's rental fleet in tonnes, a forge as a facility. It reads 19 of 26
# after them, the same two false (precision 0.90).
# fresh31 was written at the start of the twenty-fourth round and not read
# until the round's first rules were done: 5 of 26, three false (one a trap),
# by the round's starting code and by those rules alike (lead-in labels "The
# Austrian rival." read as the company before them, twice; "Reindl" taken
# for another company's short name). Its lessons: a lead-in label is the
# company named next, a name closing one company's name and opening another's
# is the one met first, corporate suffixes in capitals ("S.P.A."), blocks of
# key figures in plain text with the year before in brackets, datelines with
# a region or in figures, "Its rival is X" about X, a description doing
# something to "it", an outlet named by its last word, a where-clause's site,
# a facility's reference fact, a purchase's fact told of what was bought,
# list items opening on a verb, "sold ... in the year", a building's
# completion apart from a purchase's. It reads 12 of 26 after them, none
# false.
# fresh32 was written at the start of the twenty-fifth round and not read
# until the round's first rules were done. Its facts file did not load at
# first ("value: 1.6 million square metres of slabs a year"); with that value
# written as the reader could read it, 6 of 26 with six false findings, by the
# round's starting code and by those rules alike ("FY25" read as a company,
# its table's "FY24" column dated 2025, a subsidiary's sales given to its
# parent, a key-figures line's year read as a date of deliveries). Its
# lessons: financial years in two digits, a suffix after a comma, a label
# line with a part after a dash, "of which" lines, an HTML table's caption,
# "its Italian subsidiary, X,", "the year to September", a one-word name
# opening two companies' names, quarrying verbs, "came out", a place read
# whole. It reads 11 of 26 after them, none false.
# fresh33 was written at the start of the twenty-sixth round and not read
# until the round's first rules were done: 5 of 26 with four false findings,
# by the round's starting code and by those rules alike (a founding year of
# a family saddler given to the rival a paragraph before, "the company"
# meaning it; benches delivered held against bus shelters delivered; a
# contract's 1,150 shelters over four years against another contract's 900).
# Its lessons: a family company's name by its last word, accents, datelines
# dated by their weekday, shares of a whole, counts of different things, a
# report's output without its year, "the company" weighed by topic and
# recency, a maker as a product's owner, a participle after a plan, a count
# over a span. It reads 9 of 26 after them, one finding false (a true
# revenue contradiction cited from the key-figures table, not the prose).
# fresh34 was written at the start of the twenty-seventh round and not read
# until the round's first rules were done. Its facts file did not load at
# first ("event: rebuild", a word the documents' reader did not take for a
# cost); with that event written "cost", 6 of 26, none false, by the round's
# starting code and by those rules alike. Its lessons: a town alone under a
# table's "Base" column or written "Town, Country" in a cell is a place, so
# "The Chartres studio" is the company; trades as description heads
# ("canner"); a surname written before its person is the family firm's;
# "The two plants packed ..." are the company's plants; an appositive's
# "canner in Douarnenez" gives its company a town; a timeline entry told
# with "We"; shares that "rose to"; a key figure's share row under year
# columns; a count of a thing and of its one kind; a lead-in word a table's
# column of makers names; a place in a participle's phrase put first. It
# reads 14 of 26 after them, none false.
# Where a corpus's precision still stands below 0.90, its own floor.
# fresh10 keeps two: the staff of two plants, each told as "it" after a
# description of the plant, both given to their owner ("the brewer" read as
# the craft brewer just described is fixed: a description told with its
# founding year is no company given another).
# fresh16 keeps one since the twenty-eighth round, when "in the year to 31
# December 2024" became a year a figure is of: Wellford's "revenue of £318
# million" in that year against a factsheet's "Revenue FY2024 (£m) | 301"
# (whose FY2025 column holds 318): the factsheet names the year otherwise,
# which the gold does not count as a contradiction; a reader is right to be
# asked. (Passing over a figure that the other document gives for the year
# beside was tried: it lost 18 true findings, a year's figure cited for the
# next being the commonest slip the corpora hold.)
# fresh14 (read once, after this round's changes, and not tuned on) keeps
# five of its eleven. fresh15 was first read at 3 of 26,
# two of its five findings false.
# fresh41 keeps one: its C26 is found, but from the figure after the colon
# ("... landed the biggest station contract of the year: the EUR 11.2 million
# order"), which the gold's quote stops short of. (Its second, Hamada's 226
# pianos restored in "FY2024", its year to March 2025, held against a
# feature's 212 "in calendar 2024", went in the thirty-second round: a
# financial year a document names by the year it starts in is read so.)
# fresh43 keeps two: its C16 (one lifeboat contract credited to two yards)
# is found from the £46 million both sentences give, which the gold's quotes
# stop short of; and Brenner's 140 escalators under modernisation contracts
# are held against a feature's 58 of its biggest order, which the release
# itself also gives (two orders of one year: a release that tells both is no
# rival of a story that tells one, not yet read so).
PRECISION = {"fresh10": 0.60, "fresh14": 0.85, "fresh16": 0.85, "fresh23": 0.85, "fresh43": 0.80, "fresh47": 0.75,
             "fresh48": 0.85, "fresh64": 0.80, "fresh65": 0.70, "fresh68": 0.55,
             "fresh70": 0.75, "fresh71": 0.85, "fresh72": 0.85, "fresh73": 0.85, "fresh75": 0.85,
             "fresh76": 0.85, "fresh78": 0.85, "fresh82": 0.75, "fresh83": 0.90, "fresh85": 0.65,
             "fresh86": 0.85, "fresh92": 0.80, "fresh97": 0.65, "fresh98": 0.80, "fresh99": 0.75,
             "fresh100": 0.75, "fresh101": 0.50, "fresh102": 0.80, "fresh104": 0.75, "fresh105": 0.80,
             "fresh106": 0.85, "fresh107": 0.75}
# fresh107's two false findings were met when the held-out set was scored at
# the fifty-fifth round's end and are left for the round that reads it.
# fresh106's one: Brackenford's 14 people in a local paper of March 2024 held
# against 18 in a feature's table.
# Read in the fifty-fourth round: fresh101's six false findings are three
# true ones (Allard's turnover, £3.4m in a table against £4.3 million, and
# Photon Forge's revenue, £7.9m in the text against the table's Total of 8.4,
# found twice) whose gold quotes a "£" the HTML writes "&pound;", so the
# scorer cannot find the quote in the file as written; a building's cost
# credited to the town a school is in and to the place of its new centre; two
# prices of one offer list; and ten arenas in September held against nine in
# the year to March. fresh105's two: one is true, Ravensgill's purchase price,
# £640,000 against £0.9m in an HTML table written with "&pound;"; the other
# dates Stanchion's £1.8m purchase of Pellow Bats by its story's date (a 2025
# gazette that tells it as done) against "completed in January 2024". fresh100
# has one trap fewer than last round: a grant is no longer credited to its
# podcast's name ("The Mews" over "A podcast about ..." is the show).
# fresh104's three were met when the held-out set was scored at the round's
# end and are left for the round that reads it.
# fresh100's five false findings, read in the fifty-third round: its two traps
# (a grant of one fund credited to a council that only approved the scheme,
# and a founder's 1972 group read as her stables' founding, held against the
# stables' 1964 and the facts file), a results release's fleet cost held
# against a framework's value, and a parish's organ contract held against a
# cathedral's. fresh101's five were met when the held-out set was scored at
# the round's end and are left for the round that reads it. fresh102's two: a
# rink's opening held against the month its new ice was laid, and a range's
# launch in March held against "last autumn". fresh98's two, read in this
# round: a tribunal's award read as the sum of a week's pay and the
# compensatory award (the basic award's "eight years at £525"), and a
# council's 2,300 instruments held against a forum's "nearly 1,500 brass
# instruments" of another count.
# fresh98's three false findings were met when the held-out set was scored at
# the fifty-second round's end, and are left for the round that reads it.
# fresh97's three: a village-shop survey's table rows of two shops' openings
# held as one site's, and a chutney maker's founding by its founder read as
# its buyer's ("the chutney business" after "We bought Bellamy's of Malton"),
# held against the buyer's own founding and its facts file.
# fresh99's one: a tender's lot value, read as a grant under the notice's
# "Awards" heading, held against the scheme's grant from a fund. fresh95's four, read in the fifty-second round,
# are one: a farm's alpacas at the end of its first summer held against its
# herd today (the first summer's year is told only in the sentence before).
# fresh92's three (one a trap), read in the fifty-first round, are still
# three: a grant credited to a club and to its nickname ("The Kestrels",
# which nothing ties to the club's name), a workshop's opening year held
# against the month a repair counter in it opened, and a chain's shop count
# before a takeover held against the count after it (the trap). fresh89's five (two traps), read in the fiftieth round,
# are gone: a proportion's whole ("four in ten UK practices") is no count, a
# total under gross and net rows sums nothing, a span opening a joined clause
# ("in 1984, and two years later") checks no elapsed time, and a podcast's
# quoted title and a post's first word ("Rent, I'd bet") are no names.
# fresh84's trap and fresh59's went in the fiftieth round too. fresh86's one, read in the forty-ninth round, is a trap: a
# council's minute gives the new public-notices contract's £186,000 and the
# old one's £204,000 in one paragraph, both read as one cost of the minute's
# committee (its other false, a founding year of the company a jam maker
# bought credited to the buyer, "who founded it", went: a text that says
# "we" makes another thing the object "it").
# fresh85's two: a purchase's price in a results release held against a
# survey's (the gold files the release's as agreeing with the facts file, and
# the pair as no conflict), and a tribunal's payment on account of legal
# costs held against a rebuild's cost. fresh82's two: a man's taking over of
# the family firm in 1972 held against its sale last year (two takeovers of
# one firm by two buyers), and a distribution deal credited to two parties,
# cited on its phrase where the gold quotes its figure (its six-foot tree and
# 14-metre one, read as one thing's length, went in the forty-eighth round).
# No set has a trap flagged since the twentieth round: fresh10's was a true
# finding's third claim ("almost 8 million" passengers cited beside the 7.8
# million it agrees with; a finding now cites one statement of each value),
# fresh14's two companies' EUR 22 million Series A rounds held as one (a
# round's label names no one deal, and an investor leading a round is no
# raiser of it).
# fresh47's one, a podcast guest's "I set up Castlebrook in 2002" read as the
# "Castlebrook Dental" she names later as "nothing to do with us", is gone
# (thirty-fifth round: what a sentence calls unrelated is no short name's).
# fresh48's: a chain's 38 centres told "now" in its September release, after
# it bought five, held against the 33 it "ended 2024 with" (a stock dated by
# the story's date is weak, and a weak year never splits a fact from rivals).
# fresh64's two: a practice's six surgeries before its extension (its own
# FAQ) held against the eight after it (a trade paper's "two more"), and a
# forum post's 14 branches that a reply corrects to 12.
# fresh77's (one sentence's two sums, a programme's €21m and its first
# phase's €9.5m, held as one programme's size) went in the forty-sixth
# round: "phase one of the €21m programme" gives the whole's figure.
TRAPS: dict[str, int] = {"fresh48": 1, "fresh53": 1, "fresh55": 2, "fresh58": 1, "fresh64": 2,
                         "fresh86": 1, "fresh92": 1, "fresh100": 1}


def _audit(folder: str, report: str) -> None:
    """Audit one corpus into ``report`` with the command line's own entry
    point, in this (worker) process: the knowledge is loaded once per worker,
    not once per corpus (two seconds each of the four a corpus took)."""
    from auditor.cli import main

    try:
        main(
            ["check", f"{folder}/docs", "--facts", f"{folder}/reference_facts.yaml", "--format", "json", "--output", report,
             "--fail-on", "never", "--no-cache", "--no-progress"],
            standalone_mode=False,
        )  # fmt: skip
    except SystemExit as exit_:
        if exit_.code not in (0, None):
            raise RuntimeError(f"auditor check {folder} exited with {exit_.code}") from exit_


def _scored(folder: str, report: str) -> str:
    """Audit one corpus into ``report`` and score it: score.py's output, or the error as text."""
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            _audit(folder, report)
        return subprocess.run(
            [sys.executable, str(SCORE_PY), f"{folder}/gold.yaml", f"{folder}/docs", report],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    except Exception as error:  # noqa: BLE001 - raised again, as text, by the corpus's own test
        return f"ERROR {type(error).__name__}: {error}"


@pytest.fixture(scope="module")
def scores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The score of every corpus the session runs a test of, audited by as
    many worker processes as the machine has cores, each loading the
    knowledge once: a hundred audits one after the other were a third of the
    suite's time. A corpus whose audit fails holds its error, raised by its
    own test."""
    if not SCORE_PY.is_file():
        return {}
    wanted = sorted({
        item.callspec.params["name"] for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec") and "name" in item.callspec.params
    })  # fmt: skip
    reports = tmp_path_factory.mktemp("fresh-reports")
    folders = [str(FRESH.parent / name) for name in wanted]
    paths = [str(reports / f"{name}.json") for name in wanted]
    workers = max(2, os.cpu_count() or 2)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(wanted, pool.map(_scored, folders, paths)))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_the_fresh_corpora_keep_what_the_reader_finds(scores: dict[str, str], name: str) -> None:
    if not SCORE_PY.is_file():
        pytest.skip("../shared/eval/score.py not found (the shared folder is absent here)")
    scored = scores[name]
    if scored.startswith("ERROR "):
        pytest.fail(scored)
    final = _SCORE.search(scored)
    assert final is not None, scored
    at_least, total = CORPORA[name]
    assert int(final.group(3)) == total, scored
    assert int(final.group(2)) >= at_least, scored
    assert float(final.group(4)) >= PRECISION.get(name, 0.90), scored
    assert int(final.group(7)) <= TRAPS.get(name, 0), scored
