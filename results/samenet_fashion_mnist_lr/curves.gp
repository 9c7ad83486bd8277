# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 14.6 14.6 14.6
2 13.4 13.4 13.4
3 15.8 15.8 15.8
4 12.23 12.23 12.23
5 11.58 11.58 11.58
6 11.63 11.63 11.63
7 10.71 10.71 10.71
8 10.88 10.88 10.88
9 10.28 10.28 10.28
10 10.29 10.29 10.29
EOD
$c0_1 << EOD
1 21.08 21.08 21.08
2 14.384 14.384 14.384
3 13.144 13.144 13.144
4 12.042 12.042 12.042
5 11.414 11.414 11.414
6 10.77 10.77 10.77
7 9.894 9.894 9.894
8 9.146 9.146 9.146
9 8.29 8.29 8.29
10 7.582 7.582 7.582
EOD
$c1_0 << EOD
1 13.74 13.74 13.74
2 12.32 12.32 12.32
3 13.9 13.9 13.9
4 12.44 12.44 12.44
5 11.76 11.76 11.76
6 11.31 11.31 11.31
7 10.44 10.44 10.44
8 10.38 10.38 10.38
9 9.78 9.78 9.78
10 9.62 9.62 9.62
EOD
$c1_1 << EOD
1 19.456 19.456 19.456
2 13.876 13.876 13.876
3 12.564 12.564 12.564
4 11.626 11.626 11.626
5 11.012 11.012 11.012
6 10.34 10.34 10.34
7 9.284 9.284 9.284
8 8.33 8.33 8.33
9 7.434 7.434 7.434
10 6.492 6.492 6.492
EOD
$c2_0 << EOD
1 16.03 16.03 16.03
2 13.42 13.42 13.42
3 15.08 15.08 15.08
4 13.21 13.21 13.21
5 12.34 12.34 12.34
6 11.91 11.91 11.91
7 10.64 10.64 10.64
8 10.89 10.89 10.89
9 10.25 10.25 10.25
10 10.18 10.18 10.18
EOD
$c2_1 << EOD
1 20.894 20.894 20.894
2 15.43 15.43 15.43
3 13.924 13.924 13.924
4 12.73 12.73 12.73
5 12.064 12.064 12.064
6 11.556 11.556 11.556
7 10.498 10.498 10.498
8 9.378 9.378 9.378
9 8.518 8.518 8.518
10 7.388 7.388 7.388
EOD
$c3_0 << EOD
1 90.02 90.02 90.02
2 90.07 90.07 90.07
3 89.84 89.84 89.84
4 89.84 89.84 89.84
5 90.06 90.06 90.06
6 89.84 89.84 89.84
7 89.84 89.84 89.84
8 90.09 90.09 90.09
9 89.96 89.96 89.96
10 90.19 90.19 90.19
EOD
$c3_1 << EOD
1 74.626 74.626 74.626
2 90.088 90.088 90.088
3 90.048 90.048 90.048
4 90.182 90.182 90.182
5 90.066 90.066 90.066
6 89.924 89.924 89.924
7 89.834 89.834 89.834
8 90.008 90.008 90.008
9 90.188 90.188 90.188
10 90.054 90.054 90.054
EOD
$c4_0 << EOD
1 38 38 38
2 30 30 30
3 26.58 26.58 26.58
4 23.05 23.05 23.05
5 21.43 21.43 21.43
6 20.64 20.64 20.64
7 19.99 19.99 19.99
8 19.13 19.13 19.13
9 18.38 18.38 18.38
10 18.29 18.29 18.29
EOD
$c4_1 << EOD
1 62.624 62.624 62.624
2 34.246 34.246 34.246
3 27.696 27.696 27.696
4 23.788 23.788 23.788
5 21.892 21.892 21.892
6 20.332 20.332 20.332
7 19.168 19.168 19.168
8 18.49 18.49 18.49
9 18.006 18.006 18.006
10 17.82 17.82 17.82
EOD
$c5_0 << EOD
1 26.86 26.86 26.86
2 20.9 20.9 20.9
3 18.61 18.61 18.61
4 18.26 18.26 18.26
5 17.01 17.01 17.01
6 16.51 16.51 16.51
7 16.31 16.31 16.31
8 17.08 17.08 17.08
9 15.29 15.29 15.29
10 15.19 15.19 15.19
EOD
$c5_1 << EOD
1 43.924 43.924 43.924
2 23.488 23.488 23.488
3 20.068 20.068 20.068
4 18.468 18.468 18.468
5 17.346 17.346 17.346
6 17.308 17.308 17.308
7 16.196 16.196 16.196
8 15.794 15.794 15.794
9 15.262 15.262 15.262
10 15.038 15.038 15.038
EOD
$c6_0 << EOD
1 35.04 35.04 35.04
2 26.43 26.43 26.43
3 21.95 21.95 21.95
4 20.54 20.54 20.54
5 18.39 18.39 18.39
6 21.5 21.5 21.5
7 24.01 24.01 24.01
8 28.3 28.3 28.3
9 21.41 21.41 21.41
10 17.9 17.9 17.9
EOD
$c6_1 << EOD
1 38.298 38.298 38.298
2 30.686 30.686 30.686
3 26.482 26.482 26.482
4 24.862 24.862 24.862
5 24.01 24.01 24.01
6 23.354 23.354 23.354
7 21.15 21.15 21.15
8 20.546 20.546 20.546
9 19.386 19.386 19.386
10 17.69 17.69 17.69
EOD
$c7_0 << EOD
1 32.65 32.65 32.65
2 30.09 30.09 30.09
3 25.63 25.63 25.63
4 23.92 23.92 23.92
5 22.79 22.79 22.79
6 19.83 19.83 19.83
7 19.36 19.36 19.36
8 17.55 17.55 17.55
9 21.53 21.53 21.53
10 18.2 18.2 18.2
EOD
$c7_1 << EOD
1 43.372 43.372 43.372
2 30.87 30.87 30.87
3 27.342 27.342 27.342
4 25.378 25.378 25.378
5 24.076 24.076 24.076
6 23.254 23.254 23.254
7 21.932 21.932 21.932
8 20.652 20.652 20.652
9 19.582 19.582 19.582
10 17.888 17.888 17.888
EOD
$c8_0 << EOD
1 23.56 23.56 23.56
2 18.48 18.48 18.48
3 17.59 17.59 17.59
4 17.24 17.24 17.24
5 16.47 16.47 16.47
6 16.43 16.43 16.43
7 15.97 15.97 15.97
8 17.35 17.35 17.35
9 15.93 15.93 15.93
10 15.46 15.46 15.46
EOD
$c8_1 << EOD
1 32.216 32.216 32.216
2 19.964 19.964 19.964
3 18.568 18.568 18.568
4 17.674 17.674 17.674
5 17.182 17.182 17.182
6 17.074 17.074 17.074
7 16.204 16.204 16.204
8 15.752 15.752 15.752
9 14.902 14.902 14.902
10 14.574 14.574 14.574
EOD
$c9_0 << EOD
1 24.58 24.58 24.58
2 19.15 19.15 19.15
3 17.35 17.35 17.35
4 17.41 17.41 17.41
5 15.73 15.73 15.73
6 16.98 16.98 16.98
7 17.95 17.95 17.95
8 18.22 18.22 18.22
9 15.52 15.52 15.52
10 14.65 14.65 14.65
EOD
$c9_1 << EOD
1 33.122 33.122 33.122
2 21.338 21.338 21.338
3 19.766 19.766 19.766
4 18.378 18.378 18.378
5 18.502 18.502 18.502
6 18.052 18.052 18.052
7 16.722 16.722 16.722
8 15.84 15.84 15.84
9 15.206 15.206 15.206
10 13.856 13.856 13.856
EOD
$c10_0 << EOD
1 19.56 19.56 19.56
2 27.44 27.44 27.44
3 28.54 28.54 28.54
4 16.44 16.44 16.44
5 26.52 26.52 26.52
6 15.54 15.54 15.54
7 16.69 16.69 16.69
8 16.83 16.83 16.83
9 21.38 21.38 21.38
10 17.15 17.15 17.15
EOD
$c10_1 << EOD
1 38.926 38.926 38.926
2 24.07 24.07 24.07
3 21.896 21.896 21.896
4 20.924 20.924 20.924
5 20.338 20.338 20.338
6 19.67 19.67 19.67
7 18.916 18.916 18.916
8 18.228 18.228 18.228
9 17.14 17.14 17.14
10 15.774 15.774 15.774
EOD
$c11_0 << EOD
1 24.44 24.44 24.44
2 19.42 19.42 19.42
3 18.89 18.89 18.89
4 17.99 17.99 17.99
5 16.91 16.91 16.91
6 16.9 16.9 16.9
7 16.07 16.07 16.07
8 16.22 16.22 16.22
9 14.8 14.8 14.8
10 14.88 14.88 14.88
EOD
$c11_1 << EOD
1 35.694 35.694 35.694
2 21.076 21.076 21.076
3 18.764 18.764 18.764
4 17.788 17.788 17.788
5 17.19 17.19 17.19
6 16.548 16.548 16.548
7 15.792 15.792 15.792
8 15.468 15.468 15.468
9 14.988 14.988 14.988
10 14.794 14.794 14.794
EOD
$c12_0 << EOD
1 20.65 20.65 20.65
2 18.86 18.86 18.86
3 17.3 17.3 17.3
4 18.67 18.67 18.67
5 18.61 18.61 18.61
6 15.52 15.52 15.52
7 16.94 16.94 16.94
8 15.65 15.65 15.65
9 14.49 14.49 14.49
10 13.86 13.86 13.86
EOD
$c12_1 << EOD
1 29.12 29.12 29.12
2 19.902 19.902 19.902
3 18.606 18.606 18.606
4 17.764 17.764 17.764
5 18.21 18.21 18.21
6 17.044 17.044 17.044
7 16.164 16.164 16.164
8 15.352 15.352 15.352
9 14.254 14.254 14.254
10 13.502 13.502 13.502
EOD
$c13_0 << EOD
1 31.15 31.15 31.15
2 38.87 38.87 38.87
3 20.51 20.51 20.51
4 24.04 24.04 24.04
5 22.12 22.12 22.12
6 22.18 22.18 22.18
7 24.84 24.84 24.84
8 23.85 23.85 23.85
9 17.58 17.58 17.58
10 15.77 15.77 15.77
EOD
$c13_1 << EOD
1 46.758 46.758 46.758
2 31.1 31.1 31.1
3 27.67 27.67 27.67
4 26.778 26.778 26.778
5 24.798 24.798 24.798
6 23.976 23.976 23.976
7 22.562 22.562 22.562
8 21.276 21.276 21.276
9 19.976 19.976 19.976
10 18.34 18.34 18.34
EOD
$c14_0 << EOD
1 37.35 37.35 37.35
2 38.29 38.29 38.29
3 24.37 24.37 24.37
4 27.54 27.54 27.54
5 23.24 23.24 23.24
6 24.08 24.08 24.08
7 20.81 20.81 20.81
8 24.15 24.15 24.15
9 21.49 21.49 21.49
10 20.11 20.11 20.11
EOD
$c14_1 << EOD
1 54.382 54.382 54.382
2 37.216 37.216 37.216
3 31.582 31.582 31.582
4 28.58 28.58 28.58
5 26.5 26.5 26.5
6 25.02 25.02 25.02
7 23.474 23.474 23.474
8 22.738 22.738 22.738
9 21.658 21.658 21.658
10 20.14 20.14 20.14
EOD
$c15_0 << EOD
1 23.17 23.17 23.17
2 17.7 17.7 17.7
3 17.32 17.32 17.32
4 15.04 15.04 15.04
5 15.62 15.62 15.62
6 13.92 13.92 13.92
7 13.53 13.53 13.53
8 12.84 12.84 12.84
9 13.07 13.07 13.07
10 13.63 13.63 13.63
EOD
$c15_1 << EOD
1 21.342 21.342 21.342
2 16.534 16.534 16.534
3 15.478 15.478 15.478
4 14.878 14.878 14.878
5 14.172 14.172 14.172
6 13.858 13.858 13.858
7 12.618 12.618 12.618
8 11.464 11.464 11.464
9 9.89 9.89 9.89
10 8.776 8.776 8.776
EOD
$c16_0 << EOD
1 30.23 30.23 30.23
2 23.82 23.82 23.82
3 24.05 24.05 24.05
4 22.9 22.9 22.9
5 23.9 23.9 23.9
6 20.76 20.76 20.76
7 21.9 21.9 21.9
8 15.55 15.55 15.55
9 15.99 15.99 15.99
10 14.99 14.99 14.99
EOD
$c16_1 << EOD
1 40.788 40.788 40.788
2 33.458 33.458 33.458
3 29.594 29.594 29.594
4 29.128 29.128 29.128
5 27.852 27.852 27.852
6 27.116 27.116 27.116
7 23.092 23.092 23.092
8 19.522 19.522 19.522
9 17.696 17.696 17.696
10 15.582 15.582 15.582
EOD
$c17_0 << EOD
1 42.87 42.87 42.87
2 41.82 41.82 41.82
3 45.31 45.31 45.31
4 30.04 30.04 30.04
5 19.59 19.59 19.59
6 24.58 24.58 24.58
7 17.48 17.48 17.48
8 16.61 16.61 16.61
9 14.84 14.84 14.84
10 14.33 14.33 14.33
EOD
$c17_1 << EOD
1 53.932 53.932 53.932
2 39.07 39.07 39.07
3 33.942 33.942 33.942
4 31.076 31.076 31.076
5 26.584 26.584 26.584
6 24.816 24.816 24.816
7 21.548 21.548 21.548
8 18.32 18.32 18.32
9 15.038 15.038 15.038
10 12.99 12.99 12.99
EOD
$c18_0 << EOD
1 28.46 28.46 28.46
2 25.82 25.82 25.82
3 26.08 26.08 26.08
4 22.87 22.87 22.87
5 19.11 19.11 19.11
6 17.35 17.35 17.35
7 15.93 15.93 15.93
8 14.17 14.17 14.17
9 13.24 13.24 13.24
10 13.41 13.41 13.41
EOD
$c18_1 << EOD
1 39.518 39.518 39.518
2 32.872 32.872 32.872
3 28.794 28.794 28.794
4 26.494 26.494 26.494
5 23.934 23.934 23.934
6 21.998 21.998 21.998
7 19.458 19.458 19.458
8 16.574 16.574 16.574
9 13.99 13.99 13.99
10 12.104 12.104 12.104
EOD
$c19_0 << EOD
1 94.86 94.86 94.86
2 86.91 86.91 86.91
3 89.36 89.36 89.36
4 88.13 88.13 88.13
5 87.91 87.91 87.91
6 89.13 89.13 89.13
7 89.58 89.58 89.58
8 89.65 89.65 89.65
9 84.81 84.81 84.81
10 82.07 82.07 82.07
EOD
$c19_1 << EOD
1 85.822 85.822 85.822
2 87.958 87.958 87.958
3 88.3 88.3 88.3
4 88.388 88.388 88.388
5 88.406 88.406 88.406
6 88.494 88.494 88.494
7 88.4 88.4 88.4
8 89.676 89.676 89.676
9 86.818 86.818 86.818
10 86.72 86.72 86.72
EOD
$c20_0 << EOD
1 16.31 16.31 16.31
2 14.97 14.97 14.97
3 15.35 15.35 15.35
4 14.28 14.28 14.28
5 12.38 12.38 12.38
6 12.77 12.77 12.77
7 11.73 11.73 11.73
8 11.7 11.7 11.7
9 11.1 11.1 11.1
10 11.18 11.18 11.18
EOD
$c20_1 << EOD
1 24.798 24.798 24.798
2 15.91 15.91 15.91
3 14.484 14.484 14.484
4 13.278 13.278 13.278
5 12.938 12.938 12.938
6 12.098 12.098 12.098
7 11.424 11.424 11.424
8 10.762 10.762 10.762
9 10.038 10.038 10.038
10 9.536 9.536 9.536
EOD
$c21_0 << EOD
1 13.79 13.79 13.79
2 13.06 13.06 13.06
3 14.9 14.9 14.9
4 12.14 12.14 12.14
5 11.96 11.96 11.96
6 12.19 12.19 12.19
7 11.01 11.01 11.01
8 10.65 10.65 10.65
9 10.11 10.11 10.11
10 10.38 10.38 10.38
EOD
$c21_1 << EOD
1 21.85 21.85 21.85
2 14.572 14.572 14.572
3 13.252 13.252 13.252
4 12.184 12.184 12.184
5 11.724 11.724 11.724
6 11.028 11.028 11.028
7 10.176 10.176 10.176
8 9.314 9.314 9.314
9 8.352 8.352 8.352
10 7.576 7.576 7.576
EOD
$c22_0 << EOD
1 16.97 16.97 16.97
2 13.21 13.21 13.21
3 14.59 14.59 14.59
4 13.6 13.6 13.6
5 12.61 12.61 12.61
6 12.98 12.98 12.98
7 12.58 12.58 12.58
8 11.26 11.26 11.26
9 10.73 10.73 10.73
10 10.45 10.45 10.45
EOD
$c22_1 << EOD
1 21.826 21.826 21.826
2 15.648 15.648 15.648
3 14.436 14.436 14.436
4 13.84 13.84 13.84
5 13.278 13.278 13.278
6 12.818 12.818 12.818
7 11.592 11.592 11.592
8 10.378 10.378 10.378
9 9.422 9.422 9.422
10 8.528 8.528 8.528
EOD
$c23_0 << EOD
1 26.65 26.65 26.65
2 37.08 37.08 37.08
3 26.62 26.62 26.62
4 39.59 39.59 39.59
5 31.53 31.53 31.53
6 32.67 32.67 32.67
7 26.96 26.96 26.96
8 19.73 19.73 19.73
9 19.77 19.77 19.77
10 17.93 17.93 17.93
EOD
$c23_1 << EOD
1 33.196 33.196 33.196
2 31.832 31.832 31.832
3 34.836 34.836 34.836
4 31.914 31.914 31.914
5 35.726 35.726 35.726
6 30.506 30.506 30.506
7 30.528 30.528 30.528
8 25.552 25.552 25.552
9 19.61 19.61 19.61
10 16.368 16.368 16.368
EOD
$c24_0 << EOD
1 85.24 85.24 85.24
2 89.96 89.96 89.96
3 89.96 89.96 89.96
4 90.07 90.07 90.07
5 90.02 90.02 90.02
6 89.84 89.84 89.84
7 90.02 90.02 90.02
8 90.16 90.16 90.16
9 90.02 90.02 90.02
10 90.09 90.09 90.09
EOD
$c24_1 << EOD
1 87.682 87.682 87.682
2 89.372 89.372 89.372
3 90.134 90.134 90.134
4 90.036 90.036 90.036
5 90.232 90.232 90.232
6 90.09 90.09 90.09
7 89.902 89.902 89.902
8 89.782 89.782 89.782
9 90.1 90.1 90.1
10 90.096 90.096 90.096
EOD
$c25_0 << EOD
1 22.91 22.91 22.91
2 19.47 19.47 19.47
3 19.18 19.18 19.18
4 18.9 18.9 18.9
5 17.04 17.04 17.04
6 16.76 16.76 16.76
7 16.64 16.64 16.64
8 16.79 16.79 16.79
9 15.74 15.74 15.74
10 15.97 15.97 15.97
EOD
$c25_1 << EOD
1 30.11 30.11 30.11
2 20.888 20.888 20.888
3 18.988 18.988 18.988
4 18.118 18.118 18.118
5 17.434 17.434 17.434
6 17.132 17.132 17.132
7 16.468 16.468 16.468
8 16.036 16.036 16.036
9 15.636 15.636 15.636
10 15.318 15.318 15.318
EOD
$c26_0 << EOD
1 19.57 19.57 19.57
2 20.46 20.46 20.46
3 18.64 18.64 18.64
4 17.67 17.67 17.67
5 15.46 15.46 15.46
6 18.56 18.56 18.56
7 14.38 14.38 14.38
8 17.41 17.41 17.41
9 14.07 14.07 14.07
10 14.08 14.08 14.08
EOD
$c26_1 << EOD
1 25.834 25.834 25.834
2 19.486 19.486 19.486
3 18.788 18.788 18.788
4 18.262 18.262 18.262
5 18.138 18.138 18.138
6 17.684 17.684 17.684
7 17.056 17.056 17.056
8 15.938 15.938 15.938
9 14.938 14.938 14.938
10 13.782 13.782 13.782
EOD
$c27_0 << EOD
1 16.5 16.5 16.5
2 14.59 14.59 14.59
3 15.06 15.06 15.06
4 12.67 12.67 12.67
5 12.87 12.87 12.87
6 12.07 12.07 12.07
7 12.43 12.43 12.43
8 11.71 11.71 11.71
9 11.28 11.28 11.28
10 11.22 11.22 11.22
EOD
$c27_1 << EOD
1 23.552 23.552 23.552
2 16.226 16.226 16.226
3 14.614 14.614 14.614
4 13.428 13.428 13.428
5 12.828 12.828 12.828
6 12.07 12.07 12.07
7 11.444 11.444 11.444
8 10.928 10.928 10.928
9 10.484 10.484 10.484
10 10.088 10.088 10.088
EOD
$c28_0 << EOD
1 15.01 15.01 15.01
2 13.79 13.79 13.79
3 13.41 13.41 13.41
4 12.12 12.12 12.12
5 12.52 12.52 12.52
6 11.94 11.94 11.94
7 11.06 11.06 11.06
8 10.6 10.6 10.6
9 11.46 11.46 11.46
10 10.3 10.3 10.3
EOD
$c28_1 << EOD
1 22.07 22.07 22.07
2 14.834 14.834 14.834
3 13.646 13.646 13.646
4 12.472 12.472 12.472
5 11.836 11.836 11.836
6 11.234 11.234 11.234
7 10.61 10.61 10.61
8 9.766 9.766 9.766
9 9.028 9.028 9.028
10 8.576 8.576 8.576
EOD
$c29_0 << EOD
1 14.92 14.92 14.92
2 13.55 13.55 13.55
3 12.93 12.93 12.93
4 11.81 11.81 11.81
5 12.34 12.34 12.34
6 11.3 11.3 11.3
7 11.58 11.58 11.58
8 10.53 10.53 10.53
9 11.64 11.64 11.64
10 10.35 10.35 10.35
EOD
$c29_1 << EOD
1 22.226 22.226 22.226
2 14.88 14.88 14.88
3 13.558 13.558 13.558
4 12.442 12.442 12.442
5 11.822 11.822 11.822
6 11.388 11.388 11.388
7 10.486 10.486 10.486
8 9.552 9.552 9.552
9 9.004 9.004 9.004
10 8.21 8.21 8.21
EOD
$c30_0 << EOD
1 17.65 17.65 17.65
2 15.37 15.37 15.37
3 13.94 13.94 13.94
4 13.09 13.09 13.09
5 12.95 12.95 12.95
6 12.26 12.26 12.26
7 12.45 12.45 12.45
8 11.46 11.46 11.46
9 12.44 12.44 12.44
10 11.47 11.47 11.47
EOD
$c30_1 << EOD
1 25.812 25.812 25.812
2 16.558 16.558 16.558
3 15.332 15.332 15.332
4 14.048 14.048 14.048
5 13.216 13.216 13.216
6 12.696 12.696 12.696
7 11.864 11.864 11.864
8 11.106 11.106 11.106
9 10.358 10.358 10.358
10 9.814 9.814 9.814
EOD
$c31_0 << EOD
1 48.26 48.26 48.26
2 22.36 22.36 22.36
3 19.28 19.28 19.28
4 17.6 17.6 17.6
5 17.48 17.48 17.48
6 16.42 16.42 16.42
7 15.44 15.44 15.44
8 14.71 14.71 14.71
9 14.3 14.3 14.3
10 13.73 13.73 13.73
EOD
$c31_1 << EOD
1 24.992 24.992 24.992
2 20.402 20.402 20.402
3 18.524 18.524 18.524
4 18.006 18.006 18.006
5 17.052 17.052 17.052
6 16.508 16.508 16.508
7 15.216 15.216 15.216
8 14.594 14.594 14.594
9 13.16 13.16 13.16
10 12.25 12.25 12.25
EOD
$c32_0 << EOD
1 35.79 35.79 35.79
2 26.64 26.64 26.64
3 25.62 25.62 25.62
4 27.75 27.75 27.75
5 23.51 23.51 23.51
6 25.82 25.82 25.82
7 21.06 21.06 21.06
8 21.1 21.1 21.1
9 13.49 13.49 13.49
10 12.23 12.23 12.23
EOD
$c32_1 << EOD
1 26.988 26.988 26.988
2 22.224 22.224 22.224
3 19.662 19.662 19.662
4 18.85 18.85 18.85
5 18.176 18.176 18.176
6 17.074 17.074 17.074
7 15.894 15.894 15.894
8 13.928 13.928 13.928
9 11.992 11.992 11.992
10 10.39 10.39 10.39
EOD
$c33_0 << EOD
1 81.38 81.38 81.38
2 82.51 82.51 82.51
3 89.57 89.57 89.57
4 90.29 90.29 90.29
5 88.92 88.92 88.92
6 89.48 89.48 89.48
7 89.56 89.56 89.56
8 89.52 89.52 89.52
9 89.59 89.59 89.59
10 89.56 89.56 89.56
EOD
$c33_1 << EOD
1 78.688 78.688 78.688
2 84.988 84.988 84.988
3 84.456 84.456 84.456
4 88.742 88.742 88.742
5 87.366 87.366 87.366
6 89.002 89.002 89.002
7 88.602 88.602 88.602
8 88.984 88.984 88.984
9 89.694 89.694 89.694
10 89.646 89.646 89.646
EOD
$c34_0 << EOD
1 21.45 21.45 21.45
2 17.66 17.66 17.66
3 16.92 16.92 16.92
4 17.13 17.13 17.13
5 14.7 14.7 14.7
6 14.06 14.06 14.06
7 13.98 13.98 13.98
8 13.58 13.58 13.58
9 12.43 12.43 12.43
10 11.54 11.54 11.54
EOD
$c34_1 << EOD
1 25.258 25.258 25.258
2 19.824 19.824 19.824
3 18.292 18.292 18.292
4 17.124 17.124 17.124
5 16.672 16.672 16.672
6 15.792 15.792 15.792
7 14.532 14.532 14.532
8 13.366 13.366 13.366
9 11.952 11.952 11.952
10 10.446 10.446 10.446
EOD
$c35_0 << EOD
1 35.82 35.82 35.82
2 51.59 51.59 51.59
3 64.77 64.77 64.77
4 63.15 63.15 63.15
5 64.49 64.49 64.49
6 60.63 60.63 60.63
7 56.71 56.71 56.71
8 55.06 55.06 55.06
9 62.24 62.24 62.24
10 59.78 59.78 59.78
EOD
$c35_1 << EOD
1 31.612 31.612 31.612
2 31.452 31.452 31.452
3 40.934 40.934 40.934
4 48.922 48.922 48.922
5 51.032 51.032 51.032
6 44.242 44.242 44.242
7 50.736 50.736 50.736
8 56.004 56.004 56.004
9 49.368 49.368 49.368
10 47.656 47.656 47.656
EOD
set terminal svg size 1300,1260 dynamic font 'Helvetica,12'
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.0001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.0003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.001', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'dfa\_lr0.003', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.01', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.03', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.1', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.003', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.01', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.03', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'fa\_lr0.1', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.003\_threshold300', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.01\_threshold100', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.01\_threshold1000', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.01\_threshold300', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.03\_threshold300', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'local\_head\_lr0.3', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'local\_head\_lr1', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.01', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.03', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'sign\_symmetry\_lr0.01', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'sign\_symmetry\_lr0.03', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.3', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr1', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr10', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr100', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr3', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr30', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,1260 font 'Helvetica,10'
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_fashion\_mnist\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.0001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.0003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.001', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'dfa\_lr0.003', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.01', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.03', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.1', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.003', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.01', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.03', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'fa\_lr0.1', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.003\_threshold300', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.01\_threshold100', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.01\_threshold1000', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.01\_threshold300', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.03\_threshold300', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'local\_head\_lr0.3', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'local\_head\_lr1', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.01', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.03', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'sign\_symmetry\_lr0.01', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'sign\_symmetry\_lr0.03', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.3', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr1', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr10', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr100', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr3', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr30', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,7in font 'Helvetica,6' linewidth 0.6
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
set xtics 1
set xrange [0.8:10.2]
set logscale y
set yrange [5:100]
set ytics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'samenet\_fashion\_mnist\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'dfa\_lr0.0001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'dfa\_lr0.0003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'dfa\_lr0.001', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'dfa\_lr0.003', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'drtp\_lr0.01', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'drtp\_lr0.03', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'drtp\_lr0.1', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'fa\_lr0.003', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'fa\_lr0.01', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'fa\_lr0.03', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'fa\_lr0.1', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'ff\_lr0.003\_threshold300', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'ff\_lr0.01\_threshold100', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'ff\_lr0.01\_threshold1000', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'ff\_lr0.01\_threshold300', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'ff\_lr0.03\_threshold300', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'local\_head\_lr0.01', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'local\_head\_lr0.03', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'local\_head\_lr0.1', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'local\_head\_lr0.3', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'local\_head\_lr1', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'pepita\_lr0.01', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'pepita\_lr0.03', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'sign\_symmetry\_lr0.01', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'sign\_symmetry\_lr0.03', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'sign\_symmetry\_lr0.1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.0555556
plot $c30_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'sign\_symmetry\_lr0.3', \
     $c30_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c31_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'symba\_lr1', \
     $c31_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c32_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'symba\_lr10', \
     $c32_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c33_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'symba\_lr100', \
     $c33_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c34_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'symba\_lr3', \
     $c34_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c35_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 6 title 'symba\_lr30', \
     $c35_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
