# Writes dont_understand.jsonl, yes_no.jsonl and choices.jsonl.
import json
T=True; F=False
du = [
(T,"I don't understand"),(T,"i dont understand"),(T,"I don't get it"),(T,"dont get it"),(T,"wdym"),(T,"what do you mean?"),
(T,"what do u mean"),(T,"huh?"),(T,"huh"),(T,"what?"),(T,"eh?"),(T,"??"),(T,"?"),(T,"sorry?"),(T,"pardon?"),(T,"come again?"),
(T,"can you say that differently"),(T,"could you explain that"),(T,"can you explain"),(T,"explain please"),(T,"can you rephrase that"),
(T,"rephrase pls"),(T,"say that again?"),(T,"put it another way please"),(T,"I'm confused"),(T,"im so confused"),(T,"confused"),
(T,"I'm lost"),(T,"you've lost me"),(T,"not sure what you're asking"),(T,"not sure what you mean"),(T,"what are you asking?"),
(T,"what does that mean"),(T,"what does that even mean"),(T,"what's that supposed to mean"),(T,"that makes no sense"),
(T,"doesn't make sense"),(T,"this doesn't make any sense to me"),(T,"i don't understand the question"),(T,"I don't understand what you mean"),
(T,"i dont understand what ur asking"),(T,"I didn't understand that"),(T,"didn't get that"),(T,"can you put that in plain English"),
(T,"in simple words please"),(T,"too complicated"),(T,"bit confusing"),(T,"that's a bit confusing"),(T,"confusing question"),
(T,"I'm not following"),(T,"not with you"),(T,"that went over my head"),(T,"what does hypothetical mean"),(T,"what's a worry diary"),
(T,"idgi"),(T,"i dont understand sorry"),(T,"sorry I don't understand"),(T,"sorry what?"),(T,"um what"),(T,"hmm what do you mean"),
(T,"I don't know what that means"),(T,"could you make it simpler"),(T,"can you ask it another way"),(T,"what r u asking"),
(T,"im not sure i understand"),(T,"not sure I follow"),(T,"could you clarify"),(T,"clarify please"),(T,"explain"),
(T,"i dont get what you mean"),(T,"i don't understand 😕"),(T,"say it more simply"),(T,"dont understand"),(T,"don't understand the question sorry"),
(T,"what do you mean by that"),(T,"what kind of answer do you want"),(T,"which one do you mean"),(T,"I can't follow"),(T,"cant understand"),
(T,"I'm confused by the question"),(T,"you what?"),(T,"what was that?"),(T,"what's that mean"),(T,"meaning?"),
# not requests
(F,"I don't understand why I worry so much"),(F,"I don't understand myself sometimes"),(F,"I don't know"),(F,"idk"),(F,"dunno"),
(F,"I don't get why I feel like this"),(F,"I don't understand how other people stay calm"),(F,"I don't understand what's wrong with me"),
(F,"yes"),(F,"no"),(F,"maybe"),(F,"not sure"),(F,"I feel confused about my future"),(F,"I worry about what people mean when they text"),
(F,"I'm lost in my thoughts a lot"),(F,"I felt lost after moving house"),(F,"it made sense once I tried it"),(F,"the breathing made sense"),
(F,"that makes sense"),(F,"makes sense"),(F,"I understand"),(F,"got it"),(F,"ok I get it now"),(F,"I get it"),(F,"understood"),
(F,"what if I fail my exam"),(F,"what if something happens to my kids"),(F,"I keep asking myself what the point of worrying is"),
(F,"I worry a lot about work"),(F,"7"),(F,"the first one"),(F,"breathing"),(F,"I tried worry time"),(F,"I don't know what to do about my debts"),
(F,"I don't get much sleep"),(F,"I don't get time to relax"),(F,"what I mean is I worry at night"),(F,"I mean I'm fine"),
(F,"I don't understand why my heart races"),(F,"it doesn't make sense that I worry about small things"),(F,"my mum doesn't understand me"),
(F,"nobody understands"),(F,"I can't explain it"),(F,"hard to explain"),(F,"thanks, that's clear"),(F,"fine"),
]
yn = [
("yes","yes"),("yes","yeah"),("yes","yep"),("yes","yup"),("yes","ya"),("yes","aye"),("yes","y"),("yes","ok"),("yes","okay"),("yes","sure"),
("yes","of course"),("yes","definitely"),("yes","absolutely"),("yes","yes I did"),("yes","yeah I did it"),("yes","I did"),("yes","I have"),
("yes","i think so"),("yes","I guess so"),("yes","yeah definitely"),("yes","👍"),("yes","yes please"),("yes","yea"),("yes","yeh"),
("yes","yh"),("yes","Yesss"),("yes","YES"),("yes","yep I tried it"),("yes","a bit"),("yes","a little"),("yes","sometimes"),
("yes","quite a bit"),("yes","loads"),("yes","most days"),("yes","pretty much"),("yes","yes it helped"),("yes","it did"),
("yes","yeah it was good"),("yes","defo"),("yes","go on then"),("yes","sounds good"),("yes","alright"),("yes","yeah why not"),
("yes","correct"),("yes","that's right"),("yes","true"),("yes","probably"),("yes","I did it twice"),("yes","yes, on Tuesday"),
("yes","yeah mostly"),("yes","yes I'd like that"),("yes","I am"),("yes","I will"),("yes","yep 👍"),("yes","for sure"),
("no","no"),("no","nope"),("no","nah"),("no","na"),("no","n"),("no","not really"),("no","never"),("no","I didn't"),
("no","i didnt"),("no","I haven't"),("no","i havent"),("no","not at all"),("no","no way"),("no","not yet"),("no","no thanks"),
("no","I don't think so"),("no","probably not"),("no","not much"),("no","hardly"),("no","nope not really"),("no","👎"),
("no","NO"),("no","no I forgot"),("no","I forgot"),("no","i couldn't"),("no","no, I was too busy"),("no","not this week"),
("no","nah not really"),("no","yeah no"),("no","yeah nah"),("no","no not really"),("no","I didn't get round to it"),
("no","no chance"),("no","not once"),("no","none"),("no","barely"),("no","I'd rather not"),("no","not for me"),("no","I wasn't"),
("no","it didn't"),("no","it didn't help"),("no","no it was hard"),("no","not so much"),
("unsure","maybe"),("unsure","perhaps"),("unsure","not sure"),("unsure","unsure"),("unsure","I don't know"),("unsure","idk"),
("unsure","dunno"),("unsure","no idea"),("unsure","possibly"),("unsure","kind of"),("unsure","sort of"),("unsure","kinda"),
("unsure","sorta"),("unsure","hard to say"),("unsure","I'm not sure"),("unsure","im not sure"),("unsure","can't remember"),
("unsure","it depends"),("unsure","depends"),("unsure","mixed"),("unsure","yes and no"),("unsure","a bit of both"),
("unsure","50/50"),("unsure","🤷"),("unsure","🤷‍♀️"),("unsure","who knows"),("unsure","hmm"),("unsure","i guess"),
("unsure","not certain"),("unsure","somewhat"),("unsure","in a way"),("unsure","partly"),("unsure","not entirely"),
("unsure","maybe not"),("unsure","could be"),("unsure","on and off"),("unsure","some days"),("unsure","not really sure"),
("unsure","I think maybe"),("unsure","idk tbh"),
]
def C(*labels): return list(labels)
relax = C("Breathing exercise","Muscle relaxation","Going for a walk")
worry = C("A practical worry I can act on","A hypothetical worry about what might happen")
time_ = C("Morning","Afternoon","Evening")
feel = C("Better","About the same","Worse")
task = C("Keep a worry diary","Try worry time","Practise relaxation","Plan a behavioural experiment")
ch = [
("breathing",relax,0),("the breathing one",relax,0),("1",relax,0),("first",relax,0),("the first one",relax,0),("option 1",relax,0),
("breathing exercise",relax,0),("brething",relax,0),("deep breaths",relax,0),("i'll do the breathing",relax,0),
("muscle relaxation",relax,1),("muscles",relax,1),("2",relax,1),("second",relax,1),("the second one",relax,1),("relaxing my muscles",relax,1),
("muscle relax",relax,1),("musle relaxation",relax,1),("number 2",relax,1),("relaxation",relax,1),
("walk",relax,2),("going for a walk",relax,2),("a walk",relax,2),("3",relax,2),("third",relax,2),("the last one",relax,2),("last",relax,2),
("I'd rather go for a walk",relax,2),("walking",relax,2),("go for a wlak",relax,2),("take a walk outside",relax,2),
("practical",worry,0),("it's practical",worry,0),("a practical one",worry,0),("something I can act on",worry,0),("I can act on it",worry,0),
("the first",worry,0),("1",worry,0),("practicle",worry,0),("one I can do something about",worry,0),
("hypothetical",worry,1),("hypothetical worry",worry,1),("its hypothetical",worry,1),("about what might happen",worry,1),
("the second",worry,1),("2",worry,1),("what if",worry,1),("hypothetic",worry,1),("a what might happen one",worry,1),("might happen",worry,1),
("morning",time_,0),("mornings",time_,0),("in the morning",time_,0),("first thing in the morning",time_,0),("mornin",time_,0),("1",time_,0),
("afternoon",time_,1),("the afternoon",time_,1),("after lunch in the afternoon",time_,1),("afternoons",time_,1),("2",time_,1),("aftrnoon",time_,1),
("evening",time_,2),("evenings",time_,2),("in the evening",time_,2),("evening after work",time_,2),("3",time_,2),("evnings",time_,2),("last one",time_,2),
("better",feel,0),("a bit better",feel,0),("better thanks",feel,0),("feeling better",feel,0),("beter",feel,0),("1",feel,0),
("about the same",feel,1),("the same",feel,1),("same",feel,1),("same as before",feel,1),("about the same really",feel,1),("2",feel,1),
("worse",feel,2),("a bit worse",feel,2),("worse tbh",feel,2),("feeling worse",feel,2),("wrose",feel,2),("3",feel,2),
("worry diary",task,0),("keep a worry diary",task,0),("the diary",task,0),("diary",task,0),("1",task,0),
("worry time",task,1),("try worry time",task,1),("2",task,1),("second one",task,1),("the worry time one",task,1),
("relaxation",task,2),("practise relaxation",task,2),("practice relaxation",task,2),("3",task,2),("relaxing",task,2),
("behavioural experiment",task,3),("an experiment",task,3),("experiment",task,3),("4",task,3),("the last one",task,3),("fourth",task,3),
("behavioral experiment",task,3),("plan an experiment",task,3),
]
with open('dont_understand.jsonl','w') as f:
    for label, text in du: f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False)+"\n")
with open('yes_no.jsonl','w') as f:
    for label, text in yn: f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False)+"\n")
with open('choices.jsonl','w') as f:
    for text, choices, label in ch: f.write(json.dumps({"text": text, "choices": choices, "label": label}, ensure_ascii=False)+"\n")
print(len(du), "dont_understand,", len(yn), "yes_no,", len(ch), "choices")
