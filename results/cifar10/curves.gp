# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 49.66 49.66 49.66
2 45.88 45.88 45.88
3 45.1 45.1 45.1
4 42.14 42.14 42.14
5 43.16 43.16 43.16
6 42.26 42.26 42.26
7 42.6 42.6 42.6
8 42.28 42.28 42.28
9 41.02 41.02 41.02
10 42.26 42.26 42.26
11 41.38 41.38 41.38
12 41.9 41.9 41.9
13 41.28 41.28 41.28
14 41.6 41.6 41.6
15 41.02 41.02 41.02
16 41.64 41.64 41.64
17 41.48 41.48 41.48
18 40.62 40.62 40.62
19 40.82 40.82 40.82
20 40.94 40.94 40.94
21 40.46 40.46 40.46
22 39.88 39.88 39.88
23 40.28 40.28 40.28
24 39.64 39.64 39.64
25 39.78 39.78 39.78
26 39.88 39.88 39.88
27 39.94 39.94 39.94
28 39.68 39.68 39.68
29 39.8 39.8 39.8
30 40.08 40.08 40.08
31 39.8 39.8 39.8
32 39.88 39.88 39.88
33 39.66 39.66 39.66
34 39.7 39.7 39.7
35 39.68 39.68 39.68
36 39.7 39.7 39.7
37 39.76 39.76 39.76
38 39.78 39.78 39.78
39 39.78 39.78 39.78
40 39.76 39.76 39.76
41 39.74 39.74 39.74
42 39.76 39.76 39.76
43 39.76 39.76 39.76
44 39.66 39.66 39.66
45 39.62 39.62 39.62
46 39.72 39.72 39.72
47 39.76 39.76 39.76
48 39.76 39.76 39.76
49 39.8 39.8 39.8
50 39.64 39.64 39.64
51 39.74 39.74 39.74
52 39.68 39.68 39.68
53 39.7 39.7 39.7
54 39.86 39.86 39.86
55 39.72 39.72 39.72
56 39.74 39.74 39.74
57 39.76 39.76 39.76
58 39.82 39.82 39.82
59 39.82 39.82 39.82
60 39.76 39.76 39.76
EOD
$c0_1 << EOD
1 56.3933 56.3933 56.3933
2 45.3178 45.3178 45.3178
3 39.6889 39.6889 39.6889
4 35.2111 35.2111 35.2111
5 31.6333 31.6333 31.6333
6 28.2511 28.2511 28.2511
7 24.7689 24.7689 24.7689
8 21.8733 21.8733 21.8733
9 19.1 19.1 19.1
10 16.5 16.5 16.5
11 13.6844 13.6844 13.6844
12 10.9933 10.9933 10.9933
13 8.9822 8.9822 8.9822
14 6.7933 6.7933 6.7933
15 5.0711 5.0711 5.0711
16 3.4622 3.4622 3.4622
17 2.3022 2.3022 2.3022
18 1.4444 1.4444 1.4444
19 0.7422 0.7422 0.7422
20 0.3467 0.3467 0.3467
21 0.1933 0.1933 0.1933
22 0.08 0.08 0.08
23 0.02 0.02 0.02
24 0.0178 0.0178 0.0178
25 0.0044 0.0044 0.0044
26 0.0022 0.0022 0.0022
27 0.0022 0.0022 0.0022
28 0 0 0
29 0 0 0
30 0 0 0
31 0 0 0
32 0 0 0
33 0 0 0
34 0 0 0
35 0 0 0
36 0 0 0
37 0 0 0
38 0 0 0
39 0 0 0
40 0 0 0
41 0 0 0
42 0 0 0
43 0 0 0
44 0 0 0
45 0 0 0
46 0 0 0
47 0 0 0
48 0 0 0
49 0 0 0
50 0 0 0
51 0 0 0
52 0 0 0
53 0 0 0
54 0 0 0
55 0 0 0
56 0 0 0
57 0 0 0
58 0 0 0
59 0 0 0
60 0 0 0
EOD
$c1_0 << EOD
1 60.52 60.52 60.52
2 54.48 54.48 54.48
3 54.22 54.22 54.22
4 53.02 53.02 53.02
5 52.58 52.58 52.58
6 52.54 52.54 52.54
7 50.16 50.16 50.16
8 49.28 49.28 49.28
9 48.72 48.72 48.72
10 48.62 48.62 48.62
EOD
$c1_1 << EOD
1 65.26 65.26 65.26
2 52.33 52.33 52.33
3 45.38 45.38 45.38
4 40.39 40.39 40.39
5 36.36 36.36 36.36
6 31.75 31.75 31.75
7 26.59 26.59 26.59
8 21.31 21.31 21.31
9 17.45 17.45 17.45
10 14.32 14.32 14.32
EOD
$c2_0 << EOD
1 50.7 50.7 50.7
2 46.98 46.98 46.98
3 46.04 46.04 46.04
4 43.64 43.64 43.64
5 42.94 42.94 42.94
6 42.68 42.68 42.68
7 42.9 42.9 42.9
8 42.72 42.72 42.72
9 42.64 42.64 42.64
10 40.92 40.92 40.92
11 41.94 41.94 41.94
12 41.82 41.82 41.82
13 42.2 42.2 42.2
14 41.8 41.8 41.8
15 40.46 40.46 40.46
16 41.6 41.6 41.6
17 41.32 41.32 41.32
18 40.2 40.2 40.2
19 40.8 40.8 40.8
20 39.98 39.98 39.98
21 39.76 39.76 39.76
22 39.78 39.78 39.78
23 39.7 39.7 39.7
24 39.44 39.44 39.44
25 39.54 39.54 39.54
26 39.4 39.4 39.4
27 39.72 39.72 39.72
28 39.48 39.48 39.48
29 39.5 39.5 39.5
30 39.72 39.72 39.72
31 39.78 39.78 39.78
32 39.66 39.66 39.66
33 39.44 39.44 39.44
34 39.74 39.74 39.74
35 39.72 39.72 39.72
36 39.72 39.72 39.72
37 39.74 39.74 39.74
38 39.8 39.8 39.8
39 39.74 39.74 39.74
40 39.52 39.52 39.52
41 39.68 39.68 39.68
42 39.74 39.74 39.74
43 39.82 39.82 39.82
44 39.74 39.74 39.74
45 39.62 39.62 39.62
46 39.66 39.66 39.66
47 39.68 39.68 39.68
48 39.68 39.68 39.68
49 39.72 39.72 39.72
50 39.72 39.72 39.72
51 39.76 39.76 39.76
52 39.74 39.74 39.74
53 39.64 39.64 39.64
54 39.76 39.76 39.76
55 39.66 39.66 39.66
56 39.76 39.76 39.76
57 39.72 39.72 39.72
58 39.66 39.66 39.66
59 39.7 39.7 39.7
60 39.72 39.72 39.72
EOD
$c2_1 << EOD
1 57.9644 57.9644 57.9644
2 46.7978 46.7978 46.7978
3 40.8711 40.8711 40.8711
4 36.3711 36.3711 36.3711
5 32.8822 32.8822 32.8822
6 28.7311 28.7311 28.7311
7 25.3511 25.3511 25.3511
8 21.7489 21.7489 21.7489
9 18.6644 18.6644 18.6644
10 15.4978 15.4978 15.4978
11 12.2644 12.2644 12.2644
12 10.1444 10.1444 10.1444
13 7.9311 7.9311 7.9311
14 5.8111 5.8111 5.8111
15 4.1822 4.1822 4.1822
16 2.9622 2.9622 2.9622
17 1.3289 1.3289 1.3289
18 0.7556 0.7556 0.7556
19 0.2089 0.2089 0.2089
20 0.0578 0.0578 0.0578
21 0.0222 0.0222 0.0222
22 0.0044 0.0044 0.0044
23 0 0 0
24 0 0 0
25 0 0 0
26 0 0 0
27 0 0 0
28 0 0 0
29 0 0 0
30 0 0 0
31 0 0 0
32 0 0 0
33 0 0 0
34 0 0 0
35 0 0 0
36 0 0 0
37 0 0 0
38 0 0 0
39 0 0 0
40 0 0 0
41 0 0 0
42 0 0 0
43 0 0 0
44 0 0 0
45 0 0 0
46 0 0 0
47 0 0 0
48 0 0 0
49 0 0 0
50 0 0 0
51 0 0 0
52 0 0 0
53 0 0 0
54 0 0 0
55 0 0 0
56 0 0 0
57 0 0 0
58 0 0 0
59 0 0 0
60 0 0 0
EOD
$c3_0 << EOD
1 62.9 62.9 62.9
2 57.02 57.02 57.02
3 54.7 54.7 54.7
4 53.34 53.34 53.34
5 53 53 53
6 53.36 53.36 53.36
7 50.66 50.66 50.66
8 49.94 49.94 49.94
9 50.06 50.06 50.06
10 49.88 49.88 49.88
EOD
$c3_1 << EOD
1 68.01 68.01 68.01
2 55.1 55.1 55.1
3 48.81 48.81 48.81
4 43.54 43.54 43.54
5 39.72 39.72 39.72
6 34.06 34.06 34.06
7 28.87 28.87 28.87
8 22.95 22.95 22.95
9 18.93 18.93 18.93
10 15.21 15.21 15.21
EOD
$c4_0 << EOD
60 41.98 41.98 41.98
EOD
$c4_1 << EOD
1 68.1267 68.1267 68.1267
2 62.5911 62.5911 62.5911
3 59.8444 59.8444 59.8444
4 57.7289 57.7289 57.7289
5 55.7511 55.7511 55.7511
6 54.92 54.92 54.92
7 53.9311 53.9311 53.9311
8 53.0022 53.0022 53.0022
9 52.1267 52.1267 52.1267
10 51.2044 51.2044 51.2044
11 49.8911 49.8911 49.8911
12 49.2489 49.2489 49.2489
13 48.9778 48.9778 48.9778
14 47.66 47.66 47.66
15 46.3267 46.3267 46.3267
16 45.6089 45.6089 45.6089
17 45.0089 45.0089 45.0089
18 45.3667 45.3667 45.3667
19 44.6089 44.6089 44.6089
20 44.0689 44.0689 44.0689
21 42.9622 42.9622 42.9622
22 43.1133 43.1133 43.1133
23 42.1578 42.1578 42.1578
24 40.82 40.82 40.82
25 41.4067 41.4067 41.4067
26 40.1733 40.1733 40.1733
27 40.0111 40.0111 40.0111
28 39.0822 39.0822 39.0822
29 39.0889 39.0889 39.0889
30 38.0889 38.0889 38.0889
31 37.9978 37.9978 37.9978
32 36.6733 36.6733 36.6733
33 35.4533 35.4533 35.4533
34 34.4 34.4 34.4
35 32.9289 32.9289 32.9289
36 32.4667 32.4667 32.4667
37 30.4178 30.4178 30.4178
38 29.6267 29.6267 29.6267
39 28.3578 28.3578 28.3578
40 27.1244 27.1244 27.1244
41 24.9933 24.9933 24.9933
42 24.7556 24.7556 24.7556
43 22.9667 22.9667 22.9667
44 21.0156 21.0156 21.0156
45 19.7378 19.7378 19.7378
46 18.7133 18.7133 18.7133
47 17.6956 17.6956 17.6956
48 15.5711 15.5711 15.5711
49 14.6089 14.6089 14.6089
50 13.5289 13.5289 13.5289
51 12.6578 12.6578 12.6578
52 10.9844 10.9844 10.9844
53 10.1111 10.1111 10.1111
54 8.8889 8.8889 8.8889
55 7.66 7.66 7.66
56 7.0133 7.0133 7.0133
57 6.2444 6.2444 6.2444
58 5.4156 5.4156 5.4156
59 4.8689 4.8689 4.8689
60 4.2511 4.2511 4.2511
EOD
$c5_0 << EOD
10 53.42 53.42 53.42
EOD
$c5_1 << EOD
1 72.53 72.53 72.53
2 65.13 65.13 65.13
3 62.52 62.52 62.52
4 59.08 59.08 59.08
5 55.89 55.89 55.89
6 54.84 54.84 54.84
7 48.81 48.81 48.81
8 43.11 43.11 43.11
9 36.16 36.16 36.16
10 27.41 27.41 27.41
EOD
$c6_0 << EOD
10 54.26 54.26 54.26
EOD
$c6_1 << EOD
1 76.57 76.57 76.57
2 68.56 68.56 68.56
3 63.59 63.59 63.59
4 62.76 62.76 62.76
5 60.68 60.68 60.68
6 58.28 58.28 58.28
7 54.77 54.77 54.77
8 47.53 47.53 47.53
9 41.54 41.54 41.54
10 32.07 32.07 32.07
EOD
$c7_0 << EOD
60 40.94 40.94 40.94
EOD
$c7_1 << EOD
1 67.6444 67.6444 67.6444
2 62.2356 62.2356 62.2356
3 59.0133 59.0133 59.0133
4 57.5689 57.5689 57.5689
5 55.4244 55.4244 55.4244
6 54.4089 54.4089 54.4089
7 52.6756 52.6756 52.6756
8 51.86 51.86 51.86
9 50.9089 50.9089 50.9089
10 50.0711 50.0711 50.0711
11 49.6911 49.6911 49.6911
12 48.5422 48.5422 48.5422
13 48.0867 48.0867 48.0867
14 46.6689 46.6689 46.6689
15 46.5044 46.5044 46.5044
16 45.6133 45.6133 45.6133
17 44.8111 44.8111 44.8111
18 44.3333 44.3333 44.3333
19 43.5689 43.5689 43.5689
20 43.6733 43.6733 43.6733
21 42.4067 42.4067 42.4067
22 41.5267 41.5267 41.5267
23 42.3578 42.3578 42.3578
24 41.0333 41.0333 41.0333
25 40.3267 40.3267 40.3267
26 39.8111 39.8111 39.8111
27 39.7978 39.7978 39.7978
28 38.5933 38.5933 38.5933
29 38.5756 38.5756 38.5756
30 38.1111 38.1111 38.1111
31 37.7622 37.7622 37.7622
32 36.1711 36.1711 36.1711
33 34.5978 34.5978 34.5978
34 34.0911 34.0911 34.0911
35 33.0378 33.0378 33.0378
36 30.68 30.68 30.68
37 30.6378 30.6378 30.6378
38 29.5911 29.5911 29.5911
39 27.9467 27.9467 27.9467
40 26 26 26
41 25.08 25.08 25.08
42 23.8511 23.8511 23.8511
43 23.2289 23.2289 23.2289
44 21.1711 21.1711 21.1711
45 19.68 19.68 19.68
46 18.3467 18.3467 18.3467
47 17.6778 17.6778 17.6778
48 15.7511 15.7511 15.7511
49 14.7844 14.7844 14.7844
50 13.3244 13.3244 13.3244
51 12.5844 12.5844 12.5844
52 11.4222 11.4222 11.4222
53 10.0578 10.0578 10.0578
54 9.1467 9.1467 9.1467
55 7.96 7.96 7.96
56 7.14 7.14 7.14
57 6.4578 6.4578 6.4578
58 5.4756 5.4756 5.4756
59 4.7133 4.7133 4.7133
60 4.2222 4.2222 4.2222
EOD
$c8_0 << EOD
10 52.58 52.58 52.58
EOD
$c8_1 << EOD
1 73.01 73.01 73.01
2 63.8 63.8 63.8
3 59.47 59.47 59.47
4 59.16 59.16 59.16
5 56.83 56.83 56.83
6 54.95 54.95 54.95
7 48.57 48.57 48.57
8 42.54 42.54 42.54
9 35.3 35.3 35.3
10 27.09 27.09 27.09
EOD
$c9_0 << EOD
10 54.24 54.24 54.24
EOD
$c9_1 << EOD
1 76.36 76.36 76.36
2 69.22 69.22 69.22
3 64.13 64.13 64.13
4 63.27 63.27 63.27
5 60.82 60.82 60.82
6 59.07 59.07 59.07
7 54.51 54.51 54.51
8 48.96 48.96 48.96
9 43.18 43.18 43.18
10 33.47 33.47 33.47
EOD
set terminal svg size 1300,460 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:61.2]
set yrange [0:82.6956]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'cifar10: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_2\_hidden', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_2\_hidden\_reduced', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_3\_hidden', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_3\_hidden\_reduced', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_max\_ssq\_2\_hidden', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'ff\_max\_ssq\_2\_hidden\_reduced', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'ff\_max\_ssq\_3\_hidden\_reduced', \
     $c6_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_min\_ssq\_2\_hidden', \
     $c7_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_min\_ssq\_2\_hidden\_reduced', \
     $c8_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_min\_ssq\_3\_hidden\_reduced', \
     $c9_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,460 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:61.2]
set yrange [0:82.6956]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0511304 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'cifar10: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_2\_hidden', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_2\_hidden\_reduced', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_3\_hidden', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_3\_hidden\_reduced', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_max\_ssq\_2\_hidden', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'ff\_max\_ssq\_2\_hidden\_reduced', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'ff\_max\_ssq\_3\_hidden\_reduced', \
     $c6_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_min\_ssq\_2\_hidden', \
     $c7_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_min\_ssq\_2\_hidden\_reduced', \
     $c8_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_min\_ssq\_3\_hidden\_reduced', \
     $c9_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,2.6in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xrange [0:61.2]
set yrange [0:82.6956]
set bmargin
set multiplot title 'cifar10: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.76087
set origin 0, 0.152174
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_2\_hidden', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_2\_hidden\_reduced', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_3\_hidden', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_3\_hidden\_reduced', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_max\_ssq\_2\_hidden', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.76087
set origin 0.5, 0.152174
plot $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'ff\_max\_ssq\_2\_hidden\_reduced', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c6_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'ff\_max\_ssq\_3\_hidden\_reduced', \
     $c6_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c7_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_min\_ssq\_2\_hidden', \
     $c7_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c8_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_min\_ssq\_2\_hidden\_reduced', \
     $c8_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c9_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_min\_ssq\_3\_hidden\_reduced', \
     $c9_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
