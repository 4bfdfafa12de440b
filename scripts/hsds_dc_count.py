# The DC sample's unusable rows, counted by hand (csv.DictReader over the raw files, one
# rule per check) before Faro's HSDS 2.0 importer was written; tests/hsds.rs asserts that
# the importer's skip report has exactly these counts. It does not use the importer.
# Usage: python3 scripts/hsds_dc_count.py ../shared/hsds-samples/dc-orservices-2.0
import csv, collections, re, sys
D = sys.argv[1]
def rows(f): return list(csv.DictReader(open(f'{D}/{f}', newline='', encoding='utf-8')))
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
skips = collections.Counter()
def skip(file, field, reason): skips[(file, field, reason)] += 1
orgs = set()
for r in rows('organizations.csv'):
    if not r['id'].strip(): skip('organizations.csv','id','missing'); continue
    if r['id'] in orgs: skip('organizations.csv','id','duplicate'); continue
    if not r['name'].strip(): skip('organizations.csv','name','missing'); continue
    orgs.add(r['id'])
svcs = set()
for r in rows('services.csv'):
    if not r['id'].strip(): skip('services.csv','id','missing'); continue
    if r['id'] in svcs: skip('services.csv','id','duplicate'); continue
    if r['organization_id'] not in orgs: skip('services.csv','organization_id','no imported organization'); continue
    if not r['name'].strip(): skip('services.csv','name','missing'); continue
    if r['status'].strip() not in ('', 'active'): skip('services.csv','status','not active'); continue
    e = r['email'].strip()
    if e and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[^@\s]+', e): skip('services.csv','email','not an e-mail address'); continue
    svcs.add(r['id'])
def coord(v, lim):
    try: x = float(v); return -lim <= x <= lim
    except ValueError: return False
locs = set()
for r in rows('locations.csv'):
    if not r['id'].strip(): skip('locations.csv','id','missing'); continue
    la, lo = r['latitude'].strip(), r['longitude'].strip()
    if (la or lo) and not (coord(la,90) and coord(lo,180)): skip('locations.csv','latitude','not a coordinate'); continue
    locs.add(r['id'])
addressed = set()
for r in rows('physical_addresses.csv'):
    if r['location_id'] not in locs: skip('physical_addresses.csv','location_id','no imported location'); continue
    if not r['address_1'].strip(): skip('physical_addresses.csv','address_1','missing'); continue
    if not r['city'].strip(): skip('physical_addresses.csv','city','missing'); continue
    if r['state_province'].strip().upper() not in STATES: skip('physical_addresses.csv','state_province','not a US state'); continue
    if not re.fullmatch(r'\d{5}(-\d{4})?', r['postal_code'].strip()): skip('physical_addresses.csv','postal_code','not a US ZIP code'); continue
    if r['location_id'] in addressed: skip('physical_addresses.csv','location_id','a second address for one location'); continue
    addressed.add(r['location_id'])
# a location is usable only with an address (the gazetteer places it by ZIP)
for lid in sorted(locs - addressed): skip('locations.csv','address','none in physical_addresses.csv')
locs &= addressed
pairs = set()
for r in rows('services_at_location.csv'):
    if r['service_id'] not in svcs: skip('services_at_location.csv','service_id','no imported service'); continue
    if r['location_id'] not in locs: skip('services_at_location.csv','location_id','no imported location'); continue
    if (r['service_id'], r['location_id']) in pairs: skip('services_at_location.csv','location_id','duplicate'); continue
    pairs.add((r['service_id'], r['location_id']))
def us_number(n):
    n = re.sub(r'(?i)\s*(ext\.?|x)\s*\d+\s*$', '', n.strip())
    d = re.sub(r'\D', '', n)
    return len(d) == 10 or (len(d) == 11 and d[0] == '1') or (len(d) == 3 and d[1:] == '11' and d[0] in '23456789')
for r in rows('phones.csv'):
    if not r['service_id'].strip(): skip('phones.csv','service_id','missing'); continue
    if r['service_id'] not in svcs: skip('phones.csv','service_id','no imported service'); continue
    t = r['type'].strip().lower()
    if t in ('fax','video','pager'): skip('phones.csv','type',f'{t} is not a way to reach a service Faro lists'); continue
    if t not in ('', 'voice', 'cell', 'text', 'textphone'): skip('phones.csv','type','not an HSDS phone type'); continue
    if not us_number(r['number']): skip('phones.csv','number','not a US phone number'); continue
sch = rows('schedules.csv')
for r in sch:
    if not r['service_id'].strip(): skip('schedules.csv','service_id','missing'); continue
    if r['service_id'] not in svcs: skip('schedules.csv','service_id','no imported service'); continue
    if not r.get('opens_at','').strip() or not r.get('closes_at','').strip(): skip('schedules.csv','opens_at','missing'); continue
for r in rows('service_areas.csv'):
    if not r['service_id'].strip(): skip('service_areas.csv','service_id','missing'); continue
total = 0
for k, v in sorted(skips.items()): print(v, *k, sep=' | '); total += v
print('total', total, 'orgs', len(orgs), 'services', len(svcs), 'locations', len(locs), 'sal', len(pairs))
