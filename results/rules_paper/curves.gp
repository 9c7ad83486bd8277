# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 76.91 76.91 76.91
2 48.04 48.04 48.04
3 31.5 31.5 31.5
4 23.07 23.07 23.07
5 19.55 19.55 19.55
6 17.22 17.22 17.22
7 15.69 15.69 15.69
8 14.69 14.69 14.69
9 14 14 14
10 13.56 13.56 13.56
11 13.17 13.17 13.17
12 12.78 12.78 12.78
13 12.59 12.59 12.59
14 12.38 12.38 12.38
15 12.16 12.16 12.16
16 11.98 11.98 11.98
17 11.92 11.92 11.92
18 11.86 11.86 11.86
19 11.8 11.8 11.8
20 11.7 11.7 11.7
21 11.52 11.52 11.52
22 11.4 11.4 11.4
23 11.34 11.34 11.34
24 11.3 11.3 11.3
25 11.24 11.24 11.24
26 11.22 11.22 11.22
27 11.15 11.15 11.15
28 11.02 11.02 11.02
29 10.97 10.97 10.97
30 10.89 10.89 10.89
31 10.83 10.83 10.83
32 10.79 10.79 10.79
33 10.76 10.76 10.76
34 10.67 10.67 10.67
35 10.67 10.67 10.67
36 10.64 10.64 10.64
37 10.56 10.56 10.56
38 10.5 10.5 10.5
39 10.49 10.49 10.49
40 10.5 10.5 10.5
41 10.42 10.42 10.42
42 10.35 10.35 10.35
43 10.29 10.29 10.29
44 10.26 10.26 10.26
45 10.23 10.23 10.23
46 10.18 10.18 10.18
47 10.17 10.17 10.17
48 10.17 10.17 10.17
49 10.14 10.14 10.14
50 10.08 10.08 10.08
51 10.09 10.09 10.09
52 10.01 10.01 10.01
53 10.05 10.05 10.05
54 9.94 9.94 9.94
55 9.93 9.93 9.93
56 9.93 9.93 9.93
57 9.91 9.91 9.91
58 9.84 9.84 9.84
59 9.85 9.85 9.85
60 9.83 9.83 9.83
61 9.81 9.81 9.81
62 9.81 9.81 9.81
63 9.78 9.78 9.78
64 9.72 9.72 9.72
65 9.72 9.72 9.72
66 9.69 9.69 9.69
67 9.69 9.69 9.69
68 9.65 9.65 9.65
69 9.64 9.64 9.64
70 9.59 9.59 9.59
71 9.54 9.54 9.54
72 9.54 9.54 9.54
73 9.59 9.59 9.59
74 9.55 9.55 9.55
75 9.54 9.54 9.54
76 9.51 9.51 9.51
77 9.47 9.47 9.47
78 9.47 9.47 9.47
79 9.44 9.44 9.44
80 9.4 9.4 9.4
81 9.4 9.4 9.4
82 9.4 9.4 9.4
83 9.4 9.4 9.4
84 9.35 9.35 9.35
85 9.34 9.34 9.34
86 9.31 9.31 9.31
87 9.31 9.31 9.31
88 9.31 9.31 9.31
89 9.29 9.29 9.29
90 9.28 9.28 9.28
91 9.28 9.28 9.28
92 9.26 9.26 9.26
93 9.21 9.21 9.21
94 9.17 9.17 9.17
95 9.16 9.16 9.16
96 9.1 9.1 9.1
97 9.07 9.07 9.07
98 9.05 9.05 9.05
99 9.03 9.03 9.03
100 9.06 9.06 9.06
EOD
$c0_1 << EOD
1 84.63 84.63 84.63
2 59.702 59.702 59.702
3 40.106 40.106 40.106
4 26.338 26.338 26.338
5 20.838 20.838 20.838
6 18.16 18.16 18.16
7 16.49 16.49 16.49
8 15.356 15.356 15.356
9 14.494 14.494 14.494
10 13.99 13.99 13.99
11 13.582 13.582 13.582
12 13.182 13.182 13.182
13 12.872 12.872 12.872
14 12.646 12.646 12.646
15 12.43 12.43 12.43
16 12.278 12.278 12.278
17 12.096 12.096 12.096
18 11.98 11.98 11.98
19 11.836 11.836 11.836
20 11.73 11.73 11.73
21 11.656 11.656 11.656
22 11.514 11.514 11.514
23 11.472 11.472 11.472
24 11.352 11.352 11.352
25 11.32 11.32 11.32
26 11.246 11.246 11.246
27 11.18 11.18 11.18
28 11.12 11.12 11.12
29 11.048 11.048 11.048
30 10.964 10.964 10.964
31 10.918 10.918 10.918
32 10.868 10.868 10.868
33 10.826 10.826 10.826
34 10.796 10.796 10.796
35 10.724 10.724 10.724
36 10.696 10.696 10.696
37 10.638 10.638 10.638
38 10.61 10.61 10.61
39 10.55 10.55 10.55
40 10.512 10.512 10.512
41 10.47 10.47 10.47
42 10.42 10.42 10.42
43 10.38 10.38 10.38
44 10.344 10.344 10.344
45 10.298 10.298 10.298
46 10.246 10.246 10.246
47 10.194 10.194 10.194
48 10.186 10.186 10.186
49 10.136 10.136 10.136
50 10.112 10.112 10.112
51 10.09 10.09 10.09
52 10.048 10.048 10.048
53 10.032 10.032 10.032
54 10.002 10.002 10.002
55 9.96 9.96 9.96
56 9.954 9.954 9.954
57 9.918 9.918 9.918
58 9.9 9.9 9.9
59 9.848 9.848 9.848
60 9.826 9.826 9.826
61 9.802 9.802 9.802
62 9.768 9.768 9.768
63 9.734 9.734 9.734
64 9.714 9.714 9.714
65 9.71 9.71 9.71
66 9.69 9.69 9.69
67 9.652 9.652 9.652
68 9.63 9.63 9.63
69 9.606 9.606 9.606
70 9.6 9.6 9.6
71 9.564 9.564 9.564
72 9.532 9.532 9.532
73 9.512 9.512 9.512
74 9.49 9.49 9.49
75 9.484 9.484 9.484
76 9.446 9.446 9.446
77 9.42 9.42 9.42
78 9.402 9.402 9.402
79 9.388 9.388 9.388
80 9.364 9.364 9.364
81 9.326 9.326 9.326
82 9.316 9.316 9.316
83 9.288 9.288 9.288
84 9.29 9.29 9.29
85 9.272 9.272 9.272
86 9.256 9.256 9.256
87 9.224 9.224 9.224
88 9.218 9.218 9.218
89 9.222 9.222 9.222
90 9.2 9.2 9.2
91 9.178 9.178 9.178
92 9.164 9.164 9.164
93 9.138 9.138 9.138
94 9.14 9.14 9.14
95 9.12 9.12 9.12
96 9.098 9.098 9.098
97 9.076 9.076 9.076
98 9.052 9.052 9.052
99 9.046 9.046 9.046
100 9.026 9.026 9.026
EOD
$c1_0 << EOD
1 6.53 6.53 6.53
2 5.31 5.31 5.31
3 4.91 4.91 4.91
4 4.6 4.6 4.6
5 3.76 3.76 3.76
6 3.5 3.5 3.5
7 3.6 3.6 3.6
8 3.31 3.31 3.31
9 3.55 3.55 3.55
10 3.21 3.21 3.21
11 3.13 3.13 3.13
12 3.16 3.16 3.16
13 2.7 2.7 2.7
14 2.71 2.71 2.71
15 2.75 2.75 2.75
16 2.73 2.73 2.73
17 2.71 2.71 2.71
18 2.71 2.71 2.71
19 2.72 2.72 2.72
20 2.73 2.73 2.73
EOD
$c1_1 << EOD
1 11.002 11.002 11.002
2 6.778 6.778 6.778
3 5.592 5.592 5.592
4 4.754 4.754 4.754
5 4.08 4.08 4.08
6 3.776 3.776 3.776
7 3.266 3.266 3.266
8 3.006 3.006 3.006
9 2.8 2.8 2.8
10 2.592 2.592 2.592
11 2.37 2.37 2.37
12 2.288 2.288 2.288
13 1.594 1.594 1.594
14 1.512 1.512 1.512
15 1.544 1.544 1.544
16 1.446 1.446 1.446
17 1.414 1.414 1.414
18 1.442 1.442 1.442
19 1.35 1.35 1.35
20 1.386 1.386 1.386
EOD
set terminal svg size 900,560 dynamic font 'Helvetica,12'
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
set xrange [0:102]
set logscale y
set yrange [1:100]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'rules\_paper: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'drtp\_mnist', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_mnist\_20ep', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
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
set xrange [0:102]
set logscale y
set yrange [1:100]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'rules\_paper: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'drtp\_mnist', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_mnist\_20ep', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
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
set xrange [0:102]
set logscale y
set yrange [1:100]
set ytics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set title 'rules\_paper: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'drtp\_mnist', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_mnist\_20ep', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
