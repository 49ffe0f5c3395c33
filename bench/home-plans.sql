-- Run by MemoryBenchmark for the logged-in home page, after the user home-template made a plan for each of the two
-- catalog roles through the plan page ("Create plan"): every other user of the home page (home-0, home-1, ...) gets
-- five plans, the most a user of the catalog's two roles can plausibly have on the page: copies of the two role
-- plans, and three targets of their own (copies of the roles' skills, as a user who wrote a target from a posting
-- much like a role gets) each with a plan whose steps are the generator's real steps for that role. The users of
-- the other pages, on the same server since bench/memory.sh serves all pages from one, get nothing here.

-- the two role plans, with their steps
insert into plan (owner_id, role_id, hours_per_week, starts_on)
select u.id, t.role_id, t.hours_per_week, t.starts_on
from app_user u
cross join plan t join app_user tu on tu.id = t.owner_id and tu.username = 'home-template'
where u.id <> tu.id and u.username like 'home-%';

-- three targets per user: two like the Data Science Manager, one like the Machine Learning Engineer
insert into target (owner_id, title, company)
select u.id, 'Posting ' || n || ' like the ' || r.title, 'Company ' || n
from app_user u
cross join (values (1, 'data-science-manager'), (2, 'machine-learning-engineer'), (3, 'data-science-manager')) copies (n, role_key)
join role r on r.key = copies.role_key
where u.username like 'home-%' and u.username <> 'home-template';

insert into target_skill (target_id, owner_id, position, skill_id, required_level, weight, must_have)
select t.id, t.owner_id, rs.position, rs.skill_id, rs.required_level, rs.weight, false
from target t
join role r on t.title like ('% like the ' || r.title)
join role_skill rs on rs.role_id = r.id
join app_user u on u.id = t.owner_id and u.username like 'home-%';

insert into plan (owner_id, target_id, hours_per_week, starts_on)
select t.owner_id, t.id, tp.hours_per_week, tp.starts_on
from target t
join role r on t.title like ('% like the ' || r.title)
join app_user tu on tu.username = 'home-template'
join plan tp on tp.owner_id = tu.id and tp.role_id = r.id
join app_user u on u.id = t.owner_id and u.username like 'home-%';

-- every plan of these users gets the steps of the template's plan for its role (a target's: the role it copies)
insert into plan_step (plan_id, owner_id, step_key, position, kind, title, skill_key, from_level, to_level,
                       article_tips, action, effort_hours, starts_on, due_on, status, note, done_on,
                       closed_by_rating, version)
select p.id, p.owner_id, s.step_key, s.position, s.kind, s.title, s.skill_key, s.from_level, s.to_level,
       s.article_tips, s.action, s.effort_hours, s.starts_on, s.due_on, s.status, s.note, s.done_on,
       s.closed_by_rating, s.version
from plan p
join app_user u on u.id = p.owner_id and u.username like 'home-%' and u.username <> 'home-template'
left join target t on t.id = p.target_id
join role r on r.id = p.role_id or (p.role_id is null and t.title like ('% like the ' || r.title))
join app_user tu on tu.username = 'home-template'
join plan tp on tp.owner_id = tu.id and tp.role_id = r.id
join plan_step s on s.plan_id = tp.id;
