-- Run by bench/memory.sh for the team page, after the users of every page were inserted: one team of 200 members,
-- the most a team can have (TeamService.MAX_MEMBERS), owned by team-0, for the matrix page teams/<id> (memory.sh
-- reads the id back by the team's name). Its members: the page's own users (team-0, team-1, ..., each of whom opens
-- the page, rated in every skill by memory.sh) and as many filler accounts as make 200 (with N above 200, the
-- database's limit trigger refuses the 201st member and the run stops here). The fillers share the password hash
-- of the page's users and are rated in every catalog skill, at levels spread over 0-4, so the heatmap is full.
-- Every member has a short evidence note on each rating, and every other member (by id) shares notes with the team,
-- so the page holds the notes of 100 members. The composition asks for 2 Machine Learning Engineers and 1 Data
-- Science Manager (catalog roles by key), so the matrix is measured against a role with its levels and gaps.
-- The users of the other pages, on the same server since bench/memory.sh serves all pages from one, get nothing.
-- One transaction: the team's owner must be a member when it commits (a deferred foreign key).
begin;

insert into app_user (username, password_hash)
select 'teamfill-' || i, (select password_hash from app_user where username = 'team-0')
from generate_series(1, 200 - (select count(*) from app_user where username like 'team-%')) i;

insert into skill_rating (owner_id, skill_id, level)
select u.id, s.id, (u.id * 7 + s.id * 3) % 5
from app_user u cross join skill s
where u.username like 'teamfill-%';

-- a short note on every rating of the team's members (the page's users' ratings were inserted without one)
update skill_rating r set note = 'Used ' || s.name || ' at work, project ' || (r.owner_id % 37 + 1) || '.'
from app_user u, skill s
where u.id = r.owner_id and s.id = r.skill_id and (u.username like 'team-%' or u.username like 'teamfill-%');

insert into team (owner_id, name)
select id, 'Bench team' from app_user where username = 'team-0';

insert into team_member (team_id, member_id, shares_notes)
select t.id, u.id, u.id % 2 = 0
from team t cross join app_user u
where t.name = 'Bench team' and (u.username like 'team-%' or u.username like 'teamfill-%')
order by u.id;

insert into team_composition (team_id, owner_id, role_id, head_count, position)
select t.id, t.owner_id, r.id, need.head_count, need.position
from team t
cross join (values ('machine-learning-engineer', 2, 0), ('data-science-manager', 1, 1)) need (role_key, head_count, position)
join role r on r.key = need.role_key
where t.name = 'Bench team';

commit;
