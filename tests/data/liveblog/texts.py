"""The invented texts of corpus.jsonl (make.py assembles them)."""

from __future__ import annotations

NNA = "Northline News Agency"
HW = "Harbourline Wire Service"
VWA = "Varrow Water Authority"
DAY = "2026-03-14T"

# 1. A flood day -----------------------------------------------------------------------------

W1 = [
    "BRENMOUTH, March 14 (NNA) - More than 4,300 residents of Brenmouth's lower town were told "
    "to leave their homes on Saturday morning after the River Varrow rose above its flood walls "
    "for the first time since 1998, the Carrick County emergency service said.",
    "Firefighters went door to door in the streets around Quay Lane and Mill Row from shortly "
    "after 7 a.m., and three rest centres were opened at Brenmouth Academy, St Aldric's church "
    "hall and the Harlow Road leisure centre. By 9 a.m. about 600 people had registered at the "
    "centres, officials said.",
    "The river reached 5.62 metres on the gauge at Ferris Bridge at 8.15 a.m., 41 centimetres "
    "above the top of the town's defences, according to readings published by the Varrow Water "
    "Authority. Water was flowing over the wall at two points near the old tannery and into the "
    "car park of the Brenmouth Co-operative store.",
    '"We are asking people not to wait until water reaches their door," said Colin Ashdown, '
    'chief fire officer for Carrick County. "If you are in the lower town and you have somewhere '
    'to go, go now, and take your medicines with you."',
    "The evacuation order covers 1,870 properties between the river and the railway embankment. "
    "Residents of care homes on Tanner Street were moved by ambulance overnight.",
    "Forecasters at the national weather service said a further 30 to 45 millimetres of rain "
    "could fall on the upper Varrow catchment by Sunday morning, after the wettest fortnight "
    "recorded at the Holmby weather station since records began in 1911.",
]

R1 = [
    "PRESS RELEASE",
    "The Varrow Water Authority has issued a severe flood warning, meaning danger to life, for "
    "the River Varrow at Brenmouth and Ashby Cross. It is the first severe warning on the river "
    "since the authority was formed in 2004.",
    "River levels at the Ferris Bridge gauge have risen by 1.9 metres in the past 24 hours and "
    "are expected to peak between 2 p.m. and 6 p.m. on Saturday. Levels at Ashby Cross are "
    "rising more slowly and are expected to peak on Saturday evening.",
    "The authority's teams have been working through the night to clear debris from the trash "
    "screens at Cole Weir and to operate the Harrow Fen flood storage area, which began filling "
    "at 3.40 a.m. The storage area can hold 2.1 million cubic metres of water and is expected to "
    "be full by midday.",
    "Mobile pumps have been deployed to Sedge Lane and the Northfield estate. The authority is "
    "monitoring the earth embankment at Lanner Reservoir, upstream of Brenmouth, hourly; "
    "engineers report no change in its condition.",
    'Director of operations Priya Vance said: "This is a serious and fast-moving situation. Our '
    "teams are doing everything they can to reduce the impact, but the volume of water coming "
    'off the hills is beyond anything our defences were designed for."',
    "Up-to-date warnings are published on the authority's website and by the Floodline service "
    "on 0300 555 0188.",
    "Ends. Notes to editors: media enquiries to the press office, 01632 960 418.",
]

R2 = [
    "Eastgrid Power can confirm that around 11,200 homes and businesses in the Varrow valley are "
    "currently without electricity after floodwater entered the Brenmouth primary substation at "
    "9.05 a.m. on Saturday.",
    "As a precaution, engineers switched off supplies from the substation before water reached "
    "live equipment. Customers in Brenmouth lower town, Kilve, Oxley Green and parts of Ashby "
    "Cross are affected.",
    "We have rerouted supplies to about 3,400 customers through the Oxley network and expect to "
    "restore a further 2,000 by late afternoon. Customers in properties that have been flooded "
    "should not attempt to switch their power back on until an electrician has checked their "
    "wiring.",
    "Eastgrid has sent 14 generators to the valley and is working with Carrick County to power "
    "the rest centres and the pumping station at Sedge Lane. Customers who are vulnerable or "
    "rely on medical equipment can call our priority line on 0800 555 0321.",
    "Eastgrid's regional manager, Tomas Reilly, said: \"Our engineers will stay in the valley "
    "for as long as it takes. We will not be able to get back into the substation until the "
    "water goes down, and we are being honest with customers that some of them could be without "
    'power until Monday."',
    "Ends",
]

W2 = [
    "BRENMOUTH, March 14 (NNA) - The railway between Holmby and Kestle was closed on Saturday "
    "after floodwater covered the tracks near Brenmouth station and a section of embankment at "
    "Ashby Cross was washed away, the rail operator Varrow Valley Lines said.",
    "Engineers found a hole about 20 metres long beneath the tracks at Ashby Cross after the "
    "6.52 a.m. service from Holmby was stopped by its driver, who reported that the track was "
    "moving. None of the 38 passengers on the train was hurt; they were taken back to Holmby by "
    "bus.",
    "Replacement buses are running between Holmby and Kestle, but the operator warned that they "
    "too were being diverted because of closed roads, adding up to an hour to journeys.",
    'The line is not expected to reopen before Wednesday. "We cannot start repairs until the '
    'water has gone down and our engineers can see what is underneath," said Varrow Valley '
    "Lines' operations director Hana Okafor.",
    "The line carries about 9,000 passengers on a weekday, many of them commuters to Kestle. It "
    "was closed for eleven days after floods in 2016.",
]

W3 = [
    "KESTLE, March 14 (Harbourline) - Doctors at Brenmouth Community Hospital moved 46 patients "
    "to other hospitals on Saturday as floodwater surrounded the building and cut its main "
    "road, the Carrick Health Trust said.",
    "Patients from two wards were taken by ambulance and by a military lorry to Kestle General "
    "Hospital and to the Marlow Infirmary in Holmby. The hospital's minor injuries unit was "
    "closed and people were asked to go to Kestle instead.",
    "The trust said that 12 patients who could not safely be moved, including four in its "
    "stroke unit, would stay with a team of 20 staff who volunteered to remain in the building "
    "overnight. Generators are supplying power after the hospital lost its mains supply shortly "
    "after 9 a.m.",
    '"Our staff have been extraordinary," said the trust\'s medical director, Dr Ines '
    'Marchetti. "Some of them waded to work this morning. The patients who remain are safe and '
    'they are being looked after."',
    "Soldiers from the 4th Engineer Regiment, which arrived in Brenmouth on Saturday morning, "
    "built a temporary ramp to the hospital's rear entrance so that ambulances could reach it.",
]

R3 = [
    "Carrick County Police are appealing for information after a kayaker was reported missing "
    "on the River Varrow near Cole Weir on Saturday morning.",
    "The man, who is believed to be in his thirties, was seen entering the water at Kilve "
    "slipway at about 10.30 a.m. A member of the public called 999 shortly before 11 a.m. after "
    "seeing an empty red kayak pass under Ferris Bridge. A search involving the coastguard "
    "helicopter, fire service boat teams and Varrow Lowland Search and Rescue is under way.",
    'Superintendent Leon Graves said: "I would urge everyone to stay away from the river. It is '
    "fast, cold and full of debris, and it is not a place for anyone to be in a boat today. "
    "Anyone who knows of a man who went kayaking from Kilve this morning and has not come home "
    'should call us on 101."',
    "The following roads are closed: the A614 between Kilve and Ashby Cross, Quay Lane, Mill "
    "Row, Tanner Street, Station Approach and the B2210 at Oxley ford. Drivers are asked not to "
    "drive through floodwater or move road closure signs.",
    "Ends. Media enquiries: Carrick County Police press office.",
]

R4 = [
    "Statement by the Regional Governor, Ruth Calloway, on the flooding in the Varrow valley",
    '"My thoughts are with everyone in Brenmouth, Ashby Cross and Kilve whose homes and '
    "businesses have been flooded today, and with the family of the kayaker who is missing on "
    "the river. I want to thank the firefighters, soldiers, health staff, engineers and "
    'volunteers who have worked through the night and are still working now."',
    '"I have today released 3 million pounds from the regional emergency fund for immediate '
    "help to households. Every flooded household will be able to claim a payment of 500 pounds "
    'from Monday, through the county council, without waiting for insurers."',
    '"I spoke this afternoon to the chief executive of the Varrow Water Authority and I have '
    "asked for a full account of how the defences at Brenmouth performed. There will be time "
    "for questions about what could have been done differently. Today the priority is keeping "
    'people safe."',
]

W4 = [
    "LONDON, March 14 (NNA) - Insurers are preparing for claims of between 40 and 70 million "
    "pounds from the flooding in the Varrow valley, according to early estimates by the loss "
    "adjusting firm Pelham Crane, which said the bill would depend on how long water stood in "
    "homes.",
    "The firm's head of catastrophe modelling, Judith Amis, said most properties in the lower "
    "town of Brenmouth were covered through the Floodsure scheme, which caps premiums for homes "
    "in high-risk areas, but that many small businesses had either no cover or policies that "
    "excluded flooding after claims in 2016.",
    "Shares in Marrick Insurance, the largest home insurer in the region, fell 3.1 percent in "
    "Friday trading as forecasts worsened. The company declined to comment.",
    "The Association of Regional Insurers said it would send claims teams to Brenmouth once the "
    "emergency services allowed, and urged households to photograph damage before throwing "
    "anything away.",
]

SOURCES = [
    ("nna-evacuation", NNA, "Thousands evacuated as Varrow tops Brenmouth flood walls", W1,
     DAY + "09:40:00+00:00"),
    ("vwa-warning", VWA, "Severe flood warning issued for the River Varrow", R1,
     DAY + "08:30:00+00:00"),
    ("eastgrid-outage", "Eastgrid Power", "Update on power cuts in the Varrow valley", R2,
     DAY + "10:15:00+00:00"),
    ("nna-rail", NNA, "Floods shut Holmby-Kestle railway after embankment washed away", W2,
     DAY + "11:05:00+00:00"),
    ("hw-hospital", HW, "Brenmouth hospital moves 46 patients as floods surround it", W3,
     DAY + "12:20:00+00:00"),
    ("police-kayaker", "Carrick County Police", "Appeal after kayaker missing on River Varrow",
     R3, DAY + "13:10:00+00:00"),
    ("governor-statement", "Office of the Regional Governor",
     "Statement on the flooding in the Varrow valley", R4, DAY + "14:00:00+00:00"),
    ("nna-insurers", NNA, "Insurers brace for up to 70 million pounds of Varrow flood claims",
     W4, DAY + "15:30:00+00:00"),
]  # fmt: skip

BLOG = [
    ("own", "07:55 Good morning and welcome to our live coverage of the flooding in the Varrow "
     "valley. It has been a long night for many people in Brenmouth, Ashby Cross and Kilve, and "
     "it is not over yet. Rain has fallen almost without a break since Thursday afternoon and "
     "our reporters have been out since before dawn. We will bring you updates through the day "
     "from the riverbank, the rest centres and the roads, along with official advice as it "
     "comes in. If you are affected and safe to do so, you can send us your pictures and "
     "messages, but please do not put yourself in danger to take them. "
     "You can also follow the official warnings on the water authority's Floodline."),
    ("own", "08:20 Our reporter Sian Tobin is at Ferris Bridge, where the water is now lapping "
     "at the underside of the arches. She says a small crowd has gathered on the upstream side "
     "to watch branches and what looks like a garden shed go past at speed. Council staff have "
     "put up barriers at both ends of the bridge but it remains open to people on foot. The "
     "noise, she says, is the thing that strikes you: a constant roar that makes it hard to "
     "hear anyone speak from more than a couple of metres away. One man who has lived on Quay "
     "Lane for forty years told her he had never seen it this high, not even in 1998."),
    ("own", "08:45 This has just come in from the Varrow Water Authority:"),
    ("vwa-warning", R1[1]),
    ("vwa-warning~", "09:05 The authority also says its crews spent the night clearing "
     "rubbish from the screens at Cole Weir, and that the Harrow Fen storage basin started "
     "taking water at twenty to four this morning. It holds 2.1 million cubic metres and "
     "should be full by around lunchtime, after which it can do no more to hold the river "
     "back."),
    ("own", "09:20 A quick round-up of what is shut this morning. All schools in the valley "
     "had already closed for the weekend, but Saturday sport is off: the Varrow junior league "
     "has cancelled every fixture, and the parkrun at Holmby Meadows will not take place. The "
     "Saturday market in Brenmouth square has been called off and the library and swimming "
     "pool are closed. Several churches have said they will open their halls to anyone who "
     "needs a warm place to sit. If your event is cancelled and you want us to mention it, "
     "drop us a line."),
    ("own", "09:50 The news agency NNA is reporting that the evacuation is now under way:"),
    ("nna-evacuation", W1[0]),
    ("nna-evacuation", W1[1]),
    ("own", "10:05 Our reporter Marcus Hale has been at the rest centre at Brenmouth Academy, "
     "where volunteers have laid out camp beds in the sports hall and the canteen is serving "
     "tea, toast and porridge. He spoke to Alice Brennan, 78, who left her house on Mill Row "
     "with a bag of clothes and her cat in a basket. \"The firemen knocked at seven and said I "
     "had to go,\" she told him. \"I've put the photographs upstairs. That's all I could do.\" "
     "Staff at the centre say they have plenty of food but could do with dry socks, phone "
     "chargers and pet food. Donations can be left at the main entrance on Harlow Road."),
    ("eastgrid-outage", "10:20 " + R2[0]),
    ("nna-evacuation", "10:35 " + W1[3]),
    ("own", "10:50 If water is coming into your home, the advice from the fire service is "
     "simple: get yourself and your family upstairs or out, and do not go back for belongings. "
     "Turn off gas and electricity at the mains only if it is safe to do so and you can reach "
     "the switches without standing in water. Put plugs in sinks and baths and weigh them down "
     "to stop sewage coming up. Keep a torch, a phone charger and your medicines with you. "
     "And never walk or drive through floodwater: thirty centimetres of moving water is enough "
     "to float a car."),
    ("nna-rail~", "11:10 Trains are not running between Holmby and Kestle. Varrow Valley "
     "Lines has shut the line after water covered the tracks by Brenmouth station and part of "
     "the embankment at Ashby Cross was swept away. The driver of the 6.52 from Holmby stopped "
     "his train when he felt the track moving beneath it, and engineers then found a 20-metre "
     "hole under the rails. All 38 people aboard were unhurt and went back to Holmby on a "
     "bus."),
    ("eastgrid-outage~", "11:30 More on the power cuts. Eastgrid says it has switched "
     "about 3,400 customers over to the Oxley network and hopes to get another 2,000 back on "
     "by late afternoon. Its regional manager Tomas Reilly warned that engineers cannot get "
     "into the flooded substation until the water drops, so some customers may have no power "
     "until Monday. If your home has flooded, do not switch the power back on until an "
     "electrician has checked the wiring."),
    ("own", "11:45 Traffic update: the roads around Brenmouth are badly congested as people try "
     "to reach relatives or get out of the lower town. Police are asking drivers to avoid the "
     "area unless their journey is essential. Buses are running but with long delays, and "
     "several routes have been cut short. Our traffic desk says the queue on the Holmby road "
     "stretches back almost to the Oxley roundabout."),
    ("nna-evacuation~", "12:10 How high is it? The gauge at Ferris Bridge read 5.62 metres "
     "at quarter past eight this morning, which the NNA agency says is 41 centimetres higher "
     "than the top of the flood wall. The river has been spilling over at two places by the "
     "old tannery, and the Co-op car park is under water."),
    ("own", "12:30 Another agency, Harbourline, reports that the community hospital is being "
     "partly emptied:"),
    ("hw-hospital", W3[0]),
    ("hw-hospital", W3[1]),
    ("own", "12:40 Animal charities are asking owners not to leave pets behind. The Varrow "
     "Animal Rescue centre at Oxley has offered free kennel space for dogs and cats from "
     "evacuated homes, and says it can collect animals from the rest centres if owners ring "
     "ahead. A farmer near Kilve has moved his sheep to higher ground with the help of "
     "neighbours and a borrowed trailer, and says two fields by the river are now a lake. "
     "The charity asks anyone who sees a stranded animal not to try to rescue it from the "
     "water themselves but to call the fire service."),
    ("own", "12:50 Soldiers have arrived. Readers have sent us pictures of army lorries "
     "crossing the Oxley roundabout and of troops in waders carrying sandbags along Station "
     "Approach. One picture, from Daniel Frew, shows a soldier carrying an elderly man on his "
     "back through knee-deep water at the end of Tanner Street. Thank you to everyone who has "
     "sent photographs; we are sorry we cannot use them all."),
    ("police-kayaker", "13:15 " + R3[0]),
    ("police-kayaker", R3[1]),
    ("police-kayaker~", "13:30 Police have published a list of closed roads. The A614 is shut "
     "from Kilve to Ashby Cross, and so are Quay Lane, Mill Row, Tanner Street and Station "
     "Approach in Brenmouth, and the B2210 where it crosses the ford at Oxley. Officers are "
     "asking people not to drive through water or move the signs."),
    ("hw-hospital", "13:50 " + W3[3]),
    ("own", "14:10 The Regional Governor, Ruth Calloway, has put out a statement. The key "
     "part is the money:"),
    ("governor-statement", R4[2]),
    ("own", "14:30 Analysis from our environment correspondent, Gareth Lowe: The last time the "
     "Varrow came over the wall at Brenmouth, in the autumn of 1998, the walls were lower and "
     "the town was smaller. The defences built after that flood were meant to cope with the "
     "kind of flood that comes once in a hundred years. What we are seeing this morning, after "
     "a fortnight of rain that has filled every field and ditch in the upper valley, tests that "
     "promise. There will be questions in the coming weeks about whether the Harrow Fen basin "
     "was filled too early or too late, about how well the walls were maintained, and about "
     "the houses built on the old water meadows north of the railway since 2005. Those "
     "questions matter. But the honest answer from the engineers I have spoken to is that no "
     "wall of a height the town would have accepted would have kept out this much water. The "
     "valley's hills shed rain faster than they did thirty years ago, the soil is compacted "
     "by heavier machinery, and the storms that cross the region now bring more rain in a "
     "day than they used to bring in a week. The argument about what to do next will be long, "
     "and it will cost money the county does not have."),
    ("own", "14:45 Volunteers are filling sandbags at the council depot on Brook Road, where a "
     "lorry load of sand was tipped this morning. Marcus Hale counted more than fifty people "
     "there at lunchtime, from teenagers in football kit to a retired builder who had brought "
     "his own shovel. The council says the bags are going first to homes on the edge of the "
     "flooded area that have not yet been reached by the water, and to the pumping station. "
     "If you want to help, the depot needs people with gloves and sturdy boots until dark, "
     "but please do not drive there: parking on Brook Road is needed for the lorries."),
    ("nna-rail", "15:00 " + W2[3]),
    ("own", "15:40 Some of your messages. Jen in Kilve writes: \"Water came under the back door "
     "at about eleven. We've got everything we can upstairs and we're sitting on the landing "
     "with the dog. Neighbours have been amazing.\" Tom, who runs a cafe in Brenmouth square, "
     "says he has opened up to give free tea to anyone who needs it, since the square is just "
     "above the water. And Rachel in Ashby Cross asks whether anyone has seen a grey cat with "
     "a white bib that went missing from Ferry Lane this morning. Keep your messages coming."),
    ("vwa-warning", "16:15 " + R1[5]),
    ("own", "16:40 A question several readers have asked: what happens to the flood payment "
     "if you rent? We put it to the county council, which says tenants whose homes have "
     "flooded will be able to claim in their own right, not through their landlord, and that "
     "the form will ask for a photograph of the damage and a utility bill or tenancy agreement "
     "showing the address. Businesses are not covered by the household payment, but the "
     "council says it is talking to the regional government about a separate scheme for "
     "shops and workshops. We will bring you details when we have them."),
    ("own", "17:00 We have had an update on the search for the missing kayaker. The coastguard "
     "helicopter has returned to base because of fading light and low cloud, and boat teams "
     "have been withdrawn from the river for their own safety. Police say the search will "
     "resume at first light on Sunday. "
     "Officers have spoken to a woman in Kilve who believes the man may be her neighbour, "
     "and are trying to trace his car, which was not at the slipway when they arrived. "
     "The river at Cole Weir is running at several times its normal speed, and rescuers say "
     "anyone in the water there would be carried a long way downstream within minutes. "
     "Our thoughts are with his family and friends."),
    ("own", "17:45 There are the first signs that the river may be close to its peak at Ferris "
     "Bridge. Sian Tobin says the level on the painted marker on the bridge pier has not "
     "changed for about forty minutes, and the water flowing over the wall by the tannery has "
     "slowed to a trickle. It is far too early to say the worst is over, and more rain is "
     "forecast overnight, but people on the bridge were cautiously relieved. Downstream at "
     "Ashby Cross, the water is still rising."),
    ("own", "18:35 We are going to pause our live coverage here for tonight. To sum up the day: "
     "thousands of people have left their homes in Brenmouth, the railway is shut, the "
     "community hospital has moved most of its patients, thousands of homes are without "
     "power and a man is missing on the river. The river may be close to its peak in "
     "Brenmouth but is still rising downstream. We will be back early tomorrow morning with "
     "all the latest, including the search on the river and the clean-up. Thank you for reading, "
     "and stay safe."),
]  # fmt: skip

# 2. A long feature and the two earlier articles it takes from --------------------------------

A1 = [
    "Twenty-eight years ago this autumn, the River Varrow came over the quay at Brenmouth for "
    "the first time in living memory. Older residents still date events by it: a wedding was "
    '"the summer before the flood", a shop opened "the year after the water". The Echo went '
    "back to the streets of the lower town to ask what the town learned.",
    "On the night of 23 October 1998 the river rose almost two metres in nine hours. The old "
    "quay wall, built of dressed stone in the 1860s to keep barges clear of the mud rather "
    "than to hold back a flood, was overtopped shortly after midnight, and by dawn water stood "
    "more than a metre deep in Quay Lane, Mill Row and the lower end of Tanner Street. "
    "Three hundred and twelve homes were flooded and the tannery, then still the town's "
    "largest employer, never reopened.",
    "Margaret Hollins, who was 41 and ran the post office on Mill Row, remembers wading out "
    'with the cash box held above her head. "You could hear furniture knocking against the '
    'ceiling downstairs," she said. "We lived upstairs for a month and ate off a camping '
    'stove. The smell stayed in the walls for two years."',
    "The defences that followed were a compromise from the start. Engineers for the old river "
    "board proposed a wall 1.8 metres high along the whole of the quay; shopkeepers and the "
    "town council, worried that the river would vanish from view behind concrete, fought it "
    "down to 1.2 metres with glass panels at the two ends of the quay. The scheme cost 14 "
    "million pounds and was opened in 2003 by the then minister for the environment.",
    "Since then the wall has held back the river eleven times, by the authority's count, most "
    "recently in the winter of 2016, when water came within 15 centimetres of its top. Each "
    "time the town has breathed out and gone back to its business.",
    "Not everyone is reassured. Peter Lusk, a retired hydrologist who sits on the town's flood "
    'group, says the wall was designed using rainfall records that ended in 1997. "We built '
    'a defence against the river our parents knew," he said. "The river our children will '
    'know is a different animal."',
    "The Varrow Water Authority says the defences are inspected twice a year and remain in good "
    "condition, and that a review of flood risk across the valley is due to report in 2027.",
]

A2 = [
    "A plan to raise the flood walls at Brenmouth and build a second storage basin upstream "
    "has a funding gap of 23 million pounds, the Varrow Water Authority has told county "
    "councillors, and work will not start before 2029 unless the regional government pays "
    "more.",
    "The Brenmouth and Ashby Cross scheme, costed at 61 million pounds, would raise the quay "
    "wall by 60 centimetres, replace the glass panels with demountable barriers, and build a "
    "basin at Ledwell Marsh able to hold 1.5 million cubic metres. The authority has "
    "38 million pounds from national funds and its own reserves.",
    "In a paper to the county's scrutiny committee, the authority's finance director, Owen "
    "Marsh, wrote that national rules reward schemes which protect the largest number of "
    "homes per pound spent, and that a valley of small towns scores poorly against cities. "
    "Without a regional contribution, he wrote, the scheme would have to be split into "
    "phases, with the upstream basin built first and the wall left until the 2030s.",
    'Councillor Frances Doyle, who chairs the committee, said the figures were "sobering" and '
    "that she would ask the Regional Governor to meet the shortfall. The governor's office said "
    "it would consider the request in its spending review in the spring.",
]

OTHER = [
    ("be-1998-anniversary", "Brenmouth Echo",
     "Twenty-eight years after the water: what the 1998 flood taught Brenmouth", A1,
     "2025-10-23T08:00:00+01:00"),
    ("tt-funding-gap", "Tideway Times",
     "Brenmouth flood scheme faces 23 million pound funding gap", A2,
     "2026-01-15T17:30:00+00:00"),
]  # fmt: skip

FEATURE = [
    ("own", "At ten past eight on the morning of Saturday 14 March, Ellen Voss stood at her "
     "kitchen window in Quay Lane and watched the river climb the last few courses of the "
     "flood wall. She had lived in the house for nineteen years. She had put her mother's "
     "piano on blocks in 2016, when the water came close, and taken it off them again in the "
     "spring. This time she did not bother with the piano. She put her passport, her laptop "
     "and the cat into the car and drove to her sister's house in Oxley, and by the time she "
     "came back, four days later, the water line on her living-room wallpaper was a hand's "
     "width above the light switches."),
    ("own", "What happened in Brenmouth that weekend has been told many times already, in "
     "live coverage and in the pictures of soldiers carrying pensioners through the streets. "
     "This article is about something slower: how a small town on a fast river came to trust "
     "a wall, how that wall was argued down before it was built, and why the people who "
     "understand the Varrow best are not sure any wall would have been enough."),
    ("own", "The river itself is not long. It rises as a chain of peaty pools on Harland Moor, "
     "drops six hundred metres in its first twenty kilometres, and then wanders through a "
     "flat-bottomed valley of dairy farms and market towns before it reaches the estuary at "
     "Kestle. For most of the year it is a pleasant, tea-coloured stream that anglers wade "
     "across in summer. But its upper catchment is steep, its soils are thin, and it responds "
     "to heavy rain faster than almost any river of its size in the country. Hydrologists "
     "call it flashy. People in Brenmouth call it other things."),
    ("be-1998-anniversary", A1[1]),
    ("own", "The town's response to that night shaped everything that followed. Within a month "
     "there was a public meeting in the Corn Exchange at which, by several accounts, the "
     "chairman of the old river board was shouted down. Within a year there was a plan. And "
     "within five years there was a wall, though not the wall the engineers had wanted."),
    ("be-1998-anniversary", A1[3]),
    ("own", "Those forty centimetres, the difference between the wall the engineers drew and the "
     "wall the town accepted, have become a kind of folklore in Brenmouth since March. Some "
     "people speak of them as if they would have saved the lower town. The engineers I spoke "
     "to for this article were careful not to say so. A wall 1.8 metres high would have held "
     "the river for perhaps another two hours on the Saturday morning, one of them told me, "
     "and it might then have failed more dangerously, because the water behind it would have "
     "been deeper and faster when it finally came over."),
    ("own", "That engineer, who asked not to be named because the authority has begun its own "
     "review, had worked on the original scheme as a graduate. He remembered the meetings in "
     "the Corn Exchange vividly. \"People wanted to see the river,\" he said. \"That was the "
     "thing they kept coming back to. The quay was where you walked on a Sunday, where you "
     "took your children to feed the ducks. A two-metre wall would have turned it into a "
     "corridor. I understood that then and I understand it now. The mistake was not the "
     "height. The mistake was thinking that any height was final.\""),
    ("own", "The wall did its job for more than twenty years. By the authority's count it held "
     "back the river eleven times. Each of those near misses was reported in the local paper "
     "and then forgotten. Insurance premiums in the lower town fell. New houses went up on "
     "the old water meadows north of the railway, on land that had been too wet to build on "
     "for most of the twentieth century and was now, on paper, protected."),
    ("own", "Meanwhile the hills were changing. Farming on the upper Varrow has intensified "
     "since the 1990s, with more maize, more silage and heavier tractors. Soil scientists at "
     "the university in Holmby have measured the effect: fields that once soaked up a "
     "centimetre of rain in an hour now shed much of it as surface water, carrying topsoil "
     "with it into the ditches and on into the river. Moorland drains dug in the 1970s to "
     "improve grazing still carry water off the peat far faster than it would otherwise "
     "move. Forestry plantations on the northern slopes were clear-felled in the early "
     "2010s, and the replanting has not yet closed its canopy."),
    ("own", "None of this, on its own, would have overwhelmed the wall. Together, the soil "
     "scientists say, it means that the same storm now produces a higher and earlier peak at "
     "Brenmouth than it did when the wall was designed. And the storms themselves are not "
     "the same. Rainfall records at Holmby show that the wettest days of the year have "
     "become wetter over the past three decades, and that long wet spells, in which the "
     "ground has no chance to drain between storms, have become more frequent."),
    ("own", "The fortnight before the flood was one of those spells. It rained on thirteen of "
     "fourteen days. By the Thursday, the ground on Harland Moor was as wet as it can get. "
     "When a band of heavy rain stalled over the hills on the Friday night, almost all of it "
     "ran straight off into the river."),
    ("own", "The Varrow Water Authority had seen it coming, at least in outline. Its forecasts "
     "on the Friday afternoon showed the river reaching the top of the Brenmouth wall, and "
     "its staff began filling the Harrow Fen storage basin in the small hours of Saturday. "
     "Whether they began early enough, and whether the warnings to residents went out in "
     "time, will be questions for the review. What is already clear is that the basin, "
     "built to take the edge off floods of the kind the wall was designed for, was full by "
     "the middle of the day, and the river simply went on rising."),
    ("own", "For the authority, the flood arrived in the middle of an argument about money that "
     "had been going on for years. A plan to raise the wall and build a second basin had "
     "been on the table since 2022. It was costed, designed and approved in principle. It "
     "had not been paid for."),
    ("tt-funding-gap~", "The reason lies in the arithmetic of national flood funding. In a "
     "paper to county councillors in January, the authority's finance director Owen Marsh "
     "explained that the national formula favours schemes that protect the most homes for "
     "each pound, and that a valley of little towns loses out to the cities on that measure. "
     "Unless the region put in money of its own, he warned, the work would be done in "
     "stages, the basin upstream first and the higher wall not before the 2030s."),
    ("own", "Marsh is a careful man, and his paper was a careful document. But read now, it is "
     "hard not to see it as a warning that was heard and set aside. The regional government "
     "promised to consider the request in its spring spending review. The spring spending "
     "review had not taken place when the river came over the wall."),
    ("own", "Since the flood, the Regional Governor has released emergency money for "
     "households and asked for an account of how the defences performed. Her office has "
     "also said, more quietly, that the funding request will be looked at again. Officials "
     "in the county say privately that the gap will now be closed, because it has become "
     "politically impossible not to close it. That is probably true. It is also, several "
     "people in Brenmouth pointed out to me, how these things have always worked: the money "
     "comes after the water, not before."),
    ("own", "In the lower town, the cleaning up has barely begun. Skips line Quay Lane and Mill "
     "Row, filled with carpets, sofas, kitchen cupboards and the swollen remains of "
     "plasterboard. Industrial dryers hum in front rooms day and night. The Co-operative "
     "store, whose car park became a lake on the Saturday morning, has reopened in a "
     "marquee on the Harlow Road. The hospital has its patients back. The railway has a new "
     "embankment at Ashby Cross, built in a week by contractors working under floodlights."),
    ("own", "The human costs are harder to count. A man who went out on the river in a kayak "
     "on the Saturday morning has not been found. Dozens of elderly residents are still in "
     "temporary accommodation, some of them in care homes outside the valley. Small "
     "businesses on the quay have lost their stock, and some shopkeepers discovered only "
     "when they rang their broker that their policies had quietly dropped flood cover at "
     "renewal."),
    ("own", "Ellen Voss has been told it will be at least six months before she can move back "
     "into her house in Quay Lane. The floors must come up, the walls must be stripped to "
     "the brick and dried, and the electrics replaced. She is staying with her sister. The "
     "piano, she says, is finished. \"It was my mother's,\" she said. \"She learned on it as "
     "a girl. I keep thinking I should have put it upstairs. But you can't carry a piano "
     "upstairs. You can't carry a house upstairs either.\""),
    ("own", "I asked her whether she would leave. She thought about it for a long time. \"I "
     "don't know,\" she said finally. \"I love this street. I love the river, most of the "
     "time. But I don't want to spend every wet winter sitting up at night looking at the "
     "gauge on my phone. I'm sixty-two. I don't know how many more of these I've got in me.\""),
    ("own", "Her neighbours are divided. Some say they will be back as soon as the builders "
     "have finished and that Brenmouth has come through worse. Others have already put "
     "their houses on the market, or would if anyone could be found to buy a house in Quay "
     "Lane this spring. Estate agents in the town say interest in the lower streets has "
     "stopped altogether, while prices on the hill above the railway have risen."),
    ("be-1998-anniversary", A1[5]),
    ("own", "Lusk said those words to a reporter from the Echo last October, on the "
     "twenty-seventh anniversary of the 1998 flood. When I met him in April, in a cafe on "
     "the square that had given free tea to evacuees, he did not take any pleasure in having "
     "been right. He had spent much of the previous month helping neighbours empty their "
     "houses. \"I'd rather have been wrong,\" he said. \"I'd have given a lot to be wrong.\""),
    ("own", "What would he do, if the money were there? His answer was not a higher wall, or "
     "not only. He wants the upper valley to hold more of its water: leaky wooden dams in "
     "the moorland streams, the old drains on Harland Moor blocked, trees planted on the "
     "steep slopes above the farms, and fields by the river allowed to flood in winter, "
     "with farmers paid to let them. Each of those measures on its own makes only a small "
     "difference at Brenmouth, he said. Together they can take several hours off the speed "
     "of a flood and several centimetres off its peak, and several hours and several "
     "centimetres can be the difference between a wall that holds and one that does not."),
    ("own", "Some of this is already happening. A farmers' group in the upper valley has been "
     "trialling leaky dams on two streams since 2023, with money from a conservation "
     "charity, and says the early results are encouraging. The authority has included "
     "natural flood management in its plans for the past three years. But it has always "
     "been the first thing cut when budgets are tight, because its benefits are spread "
     "across many small places and are hard to put a number on, while a wall is concrete, "
     "visible and easy to count."),
    ("own", "There is also the question of what the town itself is willing to accept. The "
     "argument of 1999 about whether people should be able to see the river from the quay "
     "has not gone away. Any new wall will be higher than the old one. The authority's "
     "current design replaces the glass panels at the ends of the quay with barriers that "
     "are stored in a shed and bolted into place when a flood is forecast. Those barriers "
     "work well when there is enough warning and enough people to put them up. On a night "
     "like the one before the flood, when the river rose faster than the forecasts, that is "
     "not a certainty."),
    ("own", "Then there are the new houses on the meadows. Nobody in Brenmouth wants to talk "
     "about moving people out of their homes, and the county council has said it has no "
     "plans to do so. But planners elsewhere in the country have begun to ask whether some "
     "places built on floodplains in the past few decades can be defended at all at a cost "
     "anyone is willing to pay. In the Varrow valley that conversation has not started. "
     "After March, it may not be possible to avoid it much longer."),
    ("own", "The people who will have to make these choices are not short of advice. Since "
     "March the authority has received hundreds of letters, from engineers, farmers, "
     "schoolchildren and cranks, each with a plan to save Brenmouth. Some propose a tunnel "
     "to carry flood water under the town to the estuary. Some propose dredging the river "
     "bed, which the authority says would make floods downstream worse and do little for "
     "the town. One, which its author has sent to every councillor in the county, proposes "
     "moving the whole lower town a kilometre up the hill. The authority answers them all, "
     "its staff say, though it takes time."),
    ("own", "The authority's forecasters, meanwhile, are rebuilding the model they use to "
     "predict the river. It was calibrated on floods up to 2016, and on the night before "
     "the flood it underestimated the peak at Brenmouth by about thirty centimetres until "
     "the early hours, when the readings from the moorland gauges overtook it. A new model, "
     "using radar rainfall estimates rather than rain gauges alone, had been in testing for "
     "a year and was due to go live in the summer. It will now go live sooner. Nobody "
     "claims it would have changed the outcome, but it might have bought a few hours of "
     "warning, and in the lower town a few hours is the time it takes to carry a life's "
     "belongings upstairs."),
    ("own", "There is one more thing the valley is learning, and it is perhaps the hardest. "
     "For a generation, the wall let Brenmouth forget that it was a river town in the way "
     "its great-grandparents understood the term: a place that lived with the water, kept "
     "its valuables high, built its shops with stone floors and its houses with steps up "
     "to the front door. The Victorian terraces on the hill still have those steps. The "
     "houses on the meadows do not. Several builders in the town told me that they are now "
     "being asked to put in tiled floors, raised sockets and doors that can be sealed. It "
     "is a small thing, and it does not keep the water out. But it means a flood is a week "
     "of mopping rather than six months in a rented flat."),
    ("own", "The river's own record, meanwhile, keeps being rewritten. The reading on the "
     "Saturday morning was the highest since the gauge at Ferris Bridge was installed in "
     "1957, by a distance. Hydrologists now estimate that a flood of that size, which the "
     "wall's designers would have expected perhaps once in two centuries, is likely to come "
     "once every forty years or so in today's climate, and more often by the end of the "
     "century. The wall was built for a river that no longer exists."),
    ("own", "On the quay, a week after the water went down, someone had chalked a line on the "
     "glass panel at the upstream end of the wall, level with the highest point the river "
     "had reached, and a week later the council had a brass plate made to go beside it, "
     "at the request of the people who live on the quay. Beside the chalk, in smaller "
     "letters, was the date. A little below it was an "
     "older mark, scratched into the stone of the 1860s quay wall and weathered almost "
     "smooth: 23.10.98. The two lines are less than half a metre apart. Children on their "
     "way to school stop to look at them, and at the river, brown and quick and back inside "
     "its banks, going about its business as if nothing had happened."),
    ("own", "Ellen Voss walked past them on the day she went back to see her house. She "
     "stopped, she said, and thought about the people who had scratched the first line, "
     "and whether anyone would be adding a third. Then she went home to her sister's, and "
     "started looking at the price of flats on the hill."),
]  # fmt: skip

# 3. A chemical plant fire: four stories and a "what we know so far" explainer ---------------

H1 = [
    "HARWICK, April 6 (NNA) - A large fire broke out at the Dunmore Chemicals plant on the "
    "edge of Harwick on Monday night, sending a column of black smoke over the town and "
    "forcing the closure of the Harwick bypass, the county fire service said.",
    "More than 90 firefighters and 18 engines were sent to the site on Canal Road after the "
    "alarm was raised at 10.42 p.m. The fire started in a warehouse used to store drums of "
    "industrial solvents and spread to a neighbouring loading bay.",
    "Group manager Roisin Teague said crews had stopped the fire spreading to the main "
    'production building and to two storage tanks holding sulphuric acid. "This is a '
    'complex and hazardous incident and we expect to be on the site for several days," she '
    "said.",
    "Dunmore Chemicals, which employs about 240 people in Harwick and makes cleaning "
    "products and solvents for industry, said all staff on the night shift had been "
    "accounted for.",
]

H2 = [
    "People living within two kilometres of the Dunmore Chemicals plant in Harwick have been "
    "told to keep their windows and doors shut for a second day while tests are carried out "
    "on the air around the site.",
    "The county's public health director, Dr Amrit Sandhu, said monitoring vans had found "
    "raised levels of fine particles in the Riverside and Gorse Hill areas on Tuesday "
    'morning, but no sign so far of toxic gases at harmful levels. "The smoke is '
    "unpleasant and people with asthma or heart conditions should take particular care, but "
    'we are not advising anyone to leave their homes," she said.',
    "Four primary schools and the Gorse Hill nursery stayed closed on Tuesday. The Harwick "
    "bypass reopened at noon.",
    "Residents in Riverside said ash had settled on cars and gardens overnight. The council "
    "has asked people not to eat vegetables from gardens or allotments within the zone "
    "until they have been washed, and to keep pets indoors.",
]

H3 = [
    "Two workers at the Dunmore Chemicals plant in Harwick are being treated in hospital for "
    "burns after the fire that destroyed a warehouse at the site on Monday night, the "
    "company has said.",
    "In a statement on Wednesday, Dunmore's managing director, Karl Brandt, said the two men, "
    "both forklift drivers, had been moving drums in the warehouse when the fire began. One "
    "is in a serious but stable condition at the burns unit in Kestle; the other is expected "
    "to be discharged this week.",
    "The National Safety Executive has opened an investigation and has issued a notice "
    "barring the company from using the damaged part of the site. Inspectors are expected to "
    "examine how solvents were stored and whether the warehouse's sprinkler system was "
    "working.",
    "Brandt said the company was cooperating fully and that production had been halted. "
    '"Our first thoughts are with our two colleagues and their families," he said.',
]

H4 = [
    "Hundreds of dead fish have been found in the Sell Brook downstream of the Dunmore "
    "Chemicals plant in Harwick, where water used to fight Monday's fire drained into the "
    "stream, the Varrow Water Authority said on Thursday.",
    "The authority said firefighting water carrying foam and solvent residues had escaped "
    "from the site through a storm drain before booms were put in place on Tuesday "
    "afternoon. Dead trout, roach and eels were found along a three-kilometre stretch as far "
    "as the Sell's junction with the River Varrow.",
    "Tests showed levels of solvents in the brook up to 40 times the safe limit close to the "
    "plant. The authority has warned people to keep children and dogs out of the water and "
    "said it would consider prosecuting the company.",
    "Anglers from the Harwick and District Angling Club, which leases fishing on the brook, "
    "said the stretch had been one of the best wild trout waters in the county.",
]

FIRE = [
    ("nna-fire", NNA, "Huge fire at Harwick chemical plant", H1, "2026-04-06T23:50:00+01:00"),
    ("be-fire-air", "Brenmouth Echo", "Harwick residents told to keep windows shut after fire",
     H2, "2026-04-07T14:00:00+01:00"),
    ("kp-fire-workers", "Kestrel Post", "Two Dunmore workers in hospital after chemical fire",
     H3, "2026-04-08T11:30:00+01:00"),
    ("hw-fire-fish", HW, "Fish killed as fire water from chemical plant reaches brook", H4,
     "2026-04-09T12:15:00+01:00"),
]  # fmt: skip

EXPLAINER = [
    "A fire at a chemical plant in Harwick on Monday night has put two workers in hospital, "
    "closed schools and killed fish in a local stream. Here is what we know so far.",
    "What happened?",
    "- The fire started at about 10.40 p.m. on Monday in a warehouse where the Dunmore "
    "Chemicals plant on Canal Road stores drums of industrial solvents, and spread to a "
    "loading bay next door. More than 90 firefighters with 18 engines fought it through the "
    "night and kept it away from the main production building and two tanks of sulphuric "
    "acid.",
    "Is the air safe?",
    "- Residents within two kilometres of the plant were told to keep windows and doors "
    "shut. Air tests found raised levels of fine particles in Riverside and Gorse Hill but "
    "no toxic gases at harmful levels, according to the public health director, Dr Amrit "
    "Sandhu. People should wash vegetables from gardens and allotments in the zone before "
    "eating them.",
    "Was anyone hurt?",
    "- Two forklift drivers who were moving drums in the warehouse when the fire began "
    "suffered burns. One is in a serious but stable condition in the burns unit in Kestle, "
    "the company's managing director Karl Brandt said. The National Safety Executive is "
    "investigating how the solvents were stored and whether the sprinklers worked.",
    "What about the river?",
    "- Water used to fight the fire ran into the Sell Brook through a storm drain, killing "
    "hundreds of trout, roach and eels along three kilometres of the stream. The Varrow "
    "Water Authority found solvent levels up to 40 times the safe limit and says it may "
    "prosecute Dunmore Chemicals.",
    "What happens next?",
    "- Production at the plant is halted and the damaged area is closed by order of the "
    "safety inspectors. Schools in Harwick are expected to reopen on Friday. We will update "
    "this page as we learn more.",
]

# 4. A press conference's transcript and three stories quoting it ----------------------------

TRANSCRIPT = [
    "Transcript: Varrow Water Authority press conference on the Brenmouth flood, Holmby, "
    "Monday 16 March 2026. Speakers: Daniel Prowse, chief executive; Priya Vance, director "
    "of operations. Questions from reporters.",
    "DANIEL PROWSE: Good morning, and thank you for coming. I want to start by saying how "
    "sorry I am for what the people of Brenmouth, Ashby Cross and Kilve have been through "
    "since Saturday. Nearly two thousand homes have been evacuated, many of them flooded, "
    "and a man is still missing on the river. Our staff live in these towns too. Several "
    "of them have been working to protect other people's homes while their own were under "
    "water. I will say a few words about where we are, Priya will go through the "
    "engineering, and then we will take your questions for as long as you have them.",
    "DANIEL PROWSE: The river at Ferris Bridge peaked at 5.91 metres at about a quarter to "
    "six on Saturday evening. That is the highest level recorded since the gauge was "
    "installed in 1957, and 70 centimetres above the top of the wall. Levels have been "
    "falling since Sunday morning and the severe flood warning for Brenmouth was lifted at "
    "six o'clock this morning. The warning for Ashby Cross remains in force until the river "
    "there falls further.",
    "PRIYA VANCE: Thank you, Daniel. I want to deal first with Lanner Reservoir, because I "
    "know people are worried about it. The reservoir's earth embankment was inspected every "
    "hour through the weekend by our own engineers and twice by the independent panel "
    "engineer. At no point did they find any movement, seepage or cracking. The reservoir "
    "is now being drawn down by about half a metre a day to give us more room if there is "
    "more rain, and it will be held at that lower level until the end of April. I want to "
    "be absolutely clear that there was no risk to the dam at any point.",
    "PRIYA VANCE: On the Harrow Fen storage area: we began filling it at 3.40 on Saturday "
    "morning, on the advice of our forecasting team, and it was full by a little after "
    "eleven. It did what it was designed to do. Our modelling suggests it took about 25 "
    "centimetres off the peak at Brenmouth. Without it, the flooding in the lower town "
    "would have been deeper and would have started about two hours earlier. The quay wall "
    "itself held. It was overtopped, but it was not breached, and our inspections since "
    "the water went down have found no structural damage.",
    "DANIEL PROWSE: Let me take questions. Yes, at the front.",
    "QUESTION (Brenmouth Echo): Residents in Quay Lane say they were not warned until the "
    "fire service knocked on their doors at seven in the morning. Why did the severe warning "
    "not go out until half past eight?",
    "PRIYA VANCE: That is a fair question and it is one the review will look at in detail. "
    "The flood warning, which is one step below a severe warning, went out at 10.15 on "
    "Friday night to everyone registered for it in the lower town. Our forecasts at that "
    "point showed the river reaching the top of the wall but not going over it. The "
    "forecasts changed in the early hours of Saturday as the readings from the moorland "
    "gauges came in, and we then worked with the fire service on the evacuation. The severe "
    "warning is a formal step that we took once the wall was overtopped. I accept that for "
    "people in Quay Lane that sequence did not feel like a warning at all, and we will look "
    "at whether we should have moved sooner.",
    "QUESTION (Brenmouth Echo): So the forecast was wrong?",
    "PRIYA VANCE: The forecast underestimated the peak, by about thirty centimetres, until "
    "around three in the morning. That is within the range of error we would expect for a "
    "river that rises as fast as the Varrow, but it happened to be the thirty centimetres "
    "that mattered.",
    "QUESTION (Kestrel Post): The Regional Governor has asked for a full account of how the "
    "defences performed. When will that be published, and will it be independent?",
    "DANIEL PROWSE: We will publish a first account within four weeks, setting out the "
    "timeline of the forecasts, the warnings and the operation of the defences, hour by "
    "hour. Alongside that, our board has agreed this morning to commission an independent "
    "review, led by someone from outside the authority, which will report by the end of "
    "September. Its terms of reference will be published, and it will be free to look at "
    "anything it wants to, including decisions made by me and by the board. I will not be "
    "choosing who leads it; the Regional Governor's office has agreed to do that.",
    "QUESTION (Kestrel Post): Will people who were flooded be compensated by the authority?",
    "DANIEL PROWSE: The authority does not have a compensation scheme and I am not going "
    "to stand here and promise one that I cannot deliver. What I can say is that we are "
    "working with the county council on the governor's emergency payments, which start "
    "today, and that our staff will be in the rest centres and at the council's drop-in "
    "sessions all week to help people with claims and with information about their homes. "
    "If the independent review finds that we got things wrong, we will accept what it says, "
    "and the question of compensation will be for the board and the governor to consider "
    "then.",
    "QUESTION (Tideway Times): In January your finance director told councillors there was a "
    "23 million pound gap in the funding for higher walls at Brenmouth. Would a higher wall "
    "have stopped this flood?",
    "DANIEL PROWSE: No, I do not think it would, and I do not want to mislead anyone about "
    "that. The scheme we have designed would raise the wall by 60 centimetres. The river "
    "on Saturday peaked 70 centimetres above the existing wall. So even with the new scheme "
    "in place, the wall would have been overtopped, although later and for a shorter time, "
    "and the water in the lower town would have been shallower. The second storage basin "
    "at Ledwell Marsh would have taken more off the peak. Put together, the full scheme "
    "would probably have reduced the flooding a great deal. I do not believe it would have "
    "prevented it.",
    "QUESTION (Tideway Times): So what standard were the defences built to, and is it good enough?",
    "PRIYA VANCE: The quay wall was designed in 1999 to protect against a flood with a one "
    "per cent chance of happening in any year, what people call a one-in-a-hundred-year "
    "flood, using the rainfall and river records available then. Saturday's flood was "
    "bigger than that. Our early estimate is that, on the old records, it would have had "
    "something like a one-in-two-hundred chance in any year. On today's climate and "
    "today's catchment it is a good deal more likely than that. So the honest answer is "
    "that the standard the town was given in 1999 is no longer the standard it has, and "
    "that is true of many defences in this country.",
    "QUESTION (Tideway Times): Has the authority asked for the funding gap to be closed?",
    "DANIEL PROWSE: We have, repeatedly, and we asked again on Saturday night. I am glad to "
    "say that the governor's office has told us it will make a decision within weeks rather "
    "than months. But I want to be careful. Closing the funding gap for the scheme we "
    "already have is necessary, and it is not sufficient. We need to look again at the "
    "design standard, at the upper catchment, and at what can be done for the homes on the "
    "floodplain north of the railway, which no wall at the quay protects.",
    "QUESTION (Calder Daily): What about the missing kayaker? Were your staff involved in "
    "the search?",
    "DANIEL PROWSE: Our staff at Cole Weir were among the first to be told, and they closed "
    "the weir gates to slow the flow while the boat teams searched. The search is led by "
    "the police and I would rather not say more than they have. Our thoughts are with his "
    "family.",
    "QUESTION (Northline News Agency): Can you guarantee that Brenmouth will not flood "
    "again next winter?",
    "DANIEL PROWSE: No. Nobody can guarantee that, and anyone who tells you they can is "
    "not being straight with you. What I can tell you is that the wall has been inspected "
    "and is sound, that the reservoir is being held lower, that we are bringing forward a "
    "new forecasting model that uses radar rainfall, and that we will put temporary "
    "barriers along the low points of the quay before the autumn. Those things reduce the "
    "risk. They do not remove it.",
    "QUESTION (Northline News Agency): Will you resign?",
    "DANIEL PROWSE: That is not a question for me. I am accountable to the board and the "
    "board to the governor. My job this week is to help get people back into their homes "
    "and to make sure the review has everything it needs. If the review concludes that I "
    "should go, I will go.",
    "QUESTION (Holmby Courier): Farmers at Harrow Fen say their land was flooded for the "
    "third time in ten years and that they have never been properly paid for it. What do "
    "you say to them?",
    "PRIYA VANCE: The land at Harrow Fen is flooded under agreements that go back to the "
    "building of the storage area in 2006, and those agreements include payments each time "
    "it is used. I know some of the farmers feel the payments have not kept pace with what "
    "they lose, especially when a flood comes in spring and ruins a crop that has just been "
    "sown. We have already offered to meet them this week, and I will be there myself. "
    "Their land protected thousands of homes on Saturday and they deserve to be treated "
    "fairly for that.",
    "QUESTION (Holmby Courier): Should houses ever have been built on the meadows north of "
    "the railway?",
    "DANIEL PROWSE: The authority was consulted on those planning applications and in each "
    "case we set out the flood risk. The decisions were for the planning authority, not for "
    "us, and I am not going to second-guess them from this platform. What I will say is "
    "that the review will look at the whole picture, including where homes have been built "
    "since 1999, and that the way we assess flood risk for new housing will have to change "
    "in the light of what has happened.",
    "QUESTION (Kestrel Post): How much will the temporary barriers on the quay cost, and who "
    "will pay for them?",
    "PRIYA VANCE: We do not have a final figure yet. Our first estimate is somewhere under "
    "a million pounds for barriers along the low points, including the places by the old "
    "tannery where the water first came over. We will pay for them from our own maintenance "
    "budget if we have to, which means something else will wait. We would rather not have "
    "to make that choice, but we will not leave the quay as it is through another winter.",
    "QUESTION (Kestrel Post): Why were the lessons of 2016 not learned?",
    "DANIEL PROWSE: I think a number of them were. After 2016 we raised the banks at Oxley, "
    "we improved the warning system so that people get a text as well as a phone call, and "
    "we began the work on the scheme we have been talking about this morning. What we did "
    "not do, and I include myself in this, was to say loudly and often enough that a wall "
    "which had come within fifteen centimetres of being overtopped was telling us something "
    "about the future. That is a lesson I take personally.",
    "QUESTION (Brenmouth Echo): When will people be able to go home?",
    "PRIYA VANCE: The water has now drained from most of the streets in the lower town, and "
    "the fire service is checking properties street by street. The county council expects "
    "residents of most of Quay Lane, Mill Row and Tanner Street to be able to go back to "
    "collect belongings from tomorrow. Living in the houses is another matter: many of them "
    "will need months of drying and repair before they are habitable. People should not "
    "switch on electricity or gas until both have been checked.",
    "DANIEL PROWSE: Thank you all. We will hold another briefing on Thursday.",
]

T1 = [
    'The Varrow Water Authority has said there was "no risk to the dam at any point" at '
    "Lanner Reservoir during the weekend's floods, after days of rumours in Brenmouth that "
    "the embankment upstream of the town had been close to failing.",
    "Speaking at a press conference in Holmby on Monday, the authority's director of "
    "operations, Priya Vance, said the reservoir's earth embankment had been inspected every "
    "hour through the weekend by the authority's engineers and twice by the independent "
    "panel engineer, who had found no movement, seepage or cracking.",
    "The reservoir is now being drawn down by about half a metre a day and will be kept low "
    "until the end of April, she said.",
    "Rumours that the dam was leaking spread on social media on Saturday afternoon, and "
    "several families on the Northfield estate told the Echo they had left their homes "
    "because of them. Lanner Reservoir holds about 4 million cubic metres of water and was "
    "built in 1931.",
    'Vance admitted that people in Quay Lane had not felt warned. "I accept that for people '
    "in Quay Lane that sequence did not feel like a warning at all, and we will look at "
    "whether we should have moved sooner,\" she said. She said the authority's forecast had "
    "underestimated the peak by about 30 centimetres until around 3 a.m. on Saturday.",
    "Residents of most of the lower town are expected to be allowed back to collect "
    "belongings from Tuesday.",
]

T2 = [
    "The Varrow Water Authority will commission an independent review of its handling of "
    "the Brenmouth flood, its chief executive said on Monday, but he refused to promise "
    "compensation to people whose homes were flooded.",
    "Daniel Prowse told reporters the authority would publish its own hour-by-hour account "
    "of the forecasts, warnings and defences within four weeks. The independent review, to "
    "be led by someone chosen by the Regional Governor's office, will report by the end of "
    'September and will be free to examine "anything it wants to, including decisions made '
    'by me and by the board".',
    'Asked about compensation, Prowse said: "The authority does not have a compensation '
    'scheme and I am not going to stand here and promise one that I cannot deliver." He '
    "said the question would be for the board and the governor if the review found the "
    "authority at fault.",
    'Pressed on whether he would resign, he said: "If the review concludes that I should '
    'go, I will go."',
    "Ruth Calloway, the Regional Governor, has released 3 million pounds for emergency "
    "payments to flooded households, which began on Monday. Opposition councillors in "
    "Carrick County have called for Prowse to stand aside while the review takes place.",
]

T3 = [
    "The head of the Varrow Water Authority has admitted that a long-delayed scheme to raise "
    "Brenmouth's flood wall would not have kept out last weekend's flood.",
    "Daniel Prowse said the planned scheme would raise the quay wall by 60 centimetres, "
    "while the river peaked 70 centimetres above the existing wall on Saturday. Even with "
    "the new wall, he said, the town would have been flooded, though later, for a shorter "
    "time and less deeply.",
    "The Tideway Times reported in January that the 61 million pound scheme faced a funding "
    "gap of 23 million pounds. Prowse said the authority had asked the regional government "
    "to close the gap many times, most recently on Saturday night, and that the governor's "
    "office had promised a decision within weeks.",
    'But he warned that closing the gap was "necessary, and it is not sufficient", and said '
    "the authority had to look again at the standard the defences were designed to, the "
    "upper catchment and the homes north of the railway.",
    "His director of operations, Priya Vance, said the wall had been built in 1999 to "
    "withstand a one-in-a-hundred-year flood on the records of the time. Saturday's flood "
    "was larger, with roughly a one-in-two-hundred chance in any year on those records, and "
    "is much more likely in today's climate, she said. The standard the town had been given "
    "in 1999 was no longer the one it had, and the same was true of defences across the "
    "country.",
    "Brenmouth's MP, Alan Fenwick, said the admission showed the scheme had been "
    '"designed for yesterday\'s river" and called for it to be redrawn.',
]

ANSWERS = [
    ("vwa-transcript", VWA, "Transcript: press conference on the Brenmouth flood", TRANSCRIPT,
     "2026-03-16T15:00:00+00:00"),
    ("be-reservoir", "Brenmouth Echo", "'No risk to the dam at any point', says water authority",
     T1, "2026-03-16T17:20:00+00:00"),
    ("kp-review", "Kestrel Post", "Water authority orders independent flood review but rules "
     "out compensation", T2, "2026-03-16T18:05:00+00:00"),
    ("tt-wall", "Tideway Times", "Higher wall would not have saved Brenmouth, water chief "
     "admits", T3, "2026-03-17T06:30:00+00:00"),
]  # fmt: skip

# 5. A long article, a later short one reusing one sentence; unrelated articles ------------

L1 = [
    "For most of the past three years, the reading room of Holmby's Carnegie library has "
    "been a forest of scaffolding. Plasterers on platforms twelve metres up have been "
    "rebuilding the ceiling one moulded panel at a time, while below them conservators in "
    "white gloves have been cleaning, numbering and wrapping the 19,000 books of the "
    "library's local history collection.",
    "The library opened in 1906, paid for by a gift of 8,000 pounds from the Scottish-born "
    "industrialist and a public subscription among the town's mill owners. Its domed "
    "reading room, lit by a ring of clerestory windows, was for decades the largest public "
    "room in Holmby, and it was used for concerts, examinations and, during the Second World "
    "War, as a ration office.",
    "By 2019 the building was in trouble. Water coming through the dome had brought down "
    "part of the ceiling, the electrics were condemned, and the county council, which owns "
    "it, closed the reading room to the public. A survey found that the steel frame of the "
    "dome had rusted where it met the stone walls, and that repairs would cost more than the "
    "council's whole library budget for five years.",
    "The rescue came from an unusual alliance. A campaign started by two retired teachers, "
    "Edith Rowe and Graham Pask, raised 410,000 pounds in small donations, much of it from "
    "people who had done their homework in the reading room as children. The National "
    "Heritage Fund added 3.2 million pounds, and the council found the remaining 1.1 million "
    "by selling a disused depot.",
    "The work has not been simple. The dome's steel frame had to be taken apart piece by "
    "piece, shot-blasted and repaired, and the stone beneath it rebuilt. The original "
    "plaster mouldings were recorded with a laser scanner, and new moulds were cast from "
    "the scans in a workshop in Kestle.",
    "Conservators found surprises along the way. Under a layer of brown paint in the entrance "
    "hall they uncovered a stencilled frieze of oak leaves and acorns, which has now been "
    "restored. Inside a blocked chimney they found a bundle of letters from 1917, written "
    "by a library assistant to her fiance at the front, which have been given to the "
    "county archive.",
    "The building will have lifts for the first time, a children's library in what was the "
    "newspaper room, and a cafe in the old caretaker's flat. The local history collection "
    "will be kept in a new climate-controlled store in the basement.",
    "Edith Rowe, now 79, says she has been inside the reading room only once since work "
    'began, in a hard hat. "I sat my first exam under that dome," she said. "I wanted my '
    "grandchildren to be able to do the same. When they take the scaffolding down I think I "
    'will cry."',
]

L2 = [
    "Holmby's Carnegie library will reopen to the public on Saturday 18 April, the county "
    "council has announced, after a restoration costing 4.7 million pounds.",
    "Plasterers on platforms twelve metres up have been rebuilding the ceiling one moulded "
    "panel at a time.",
    "The reopening will be marked by a concert in the reading room by the Holmby Male Voice "
    "Choir. The library's opening hours will be 9 a.m. to 7 p.m. on weekdays and 10 a.m. to "
    "4 p.m. on Saturdays.",
]

N1 = [
    "Kestle city council has agreed a budget that will raise council tax by 4.9 percent from "
    "April, the most allowed without a local referendum, and close two of the city's "
    "seven recycling centres.",
    "The council's leader, Sunita Rao, said rising costs of adult social care had left "
    '"no good choices". The opposition said the closures would lead to more fly-tipping. '
    "The budget was passed by 31 votes to 24 after a debate lasting more than five hours.",
]

N2 = [
    "Ashby Rovers reached the final of the County Cup for the first time in 22 years with a "
    "2-1 win over Holmby Town at Station Park on Tuesday night.",
    "Teenage striker Callum Price scored both goals, the second a header from a corner in "
    "the 88th minute after Holmby had equalised through Ben Okoro. Rovers will play Kestle "
    "Athletic in the final at the county ground in May.",
]

N3 = [
    "A new primary school for 420 pupils has opened on the Northgate estate in Oxley, the "
    "first school built in the town for more than thirty years.",
    "Northgate Primary has a garden where each class grows vegetables, a library run partly "
    "by pupils, and solar panels that the head teacher, Lorna Fitch, says will supply most "
    "of its electricity in summer. About 300 children started on Monday, and the rest of the "
    "places are expected to fill by September.",
]

LIBRARY = [
    ("tt-library", "Tideway Times", "Inside the rescue of Holmby's Carnegie library", L1,
     "2026-02-20T07:00:00+00:00"),
    ("kp-library-date", "Kestrel Post", "Carnegie library to reopen in April", L2,
     "2026-03-03T12:00:00+00:00"),
    ("kp-budget", "Kestrel Post", "Council tax up 4.9 percent as recycling centres close", N1,
     "2026-02-26T21:00:00+00:00"),
    ("be-cup", "Brenmouth Echo", "Rovers reach County Cup final", N2,
     "2026-03-04T22:30:00+00:00"),
    ("tt-school", "Tideway Times", "First new school in Oxley for thirty years opens", N3,
     "2026-03-09T15:00:00+00:00"),
]  # fmt: skip
